package org.improvementtracker.caseaudit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.improvementtracker.common.FieldError;
import org.improvementtracker.common.InvalidInputException;
import org.improvementtracker.workforce.Team;

/**
 * An audit of one case's file (or a theme, a dip sample…), its grade before and after moderation,
 * and the recommendations it made. The case is named by its reference only.
 */
@Entity
@Table(name = "case_audit")
public class CaseAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "audit_date")
  private LocalDate auditDate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "team_id")
  private Team team;

  private String auditor;

  @Enumerated(EnumType.STRING)
  private AuditType type;

  @Column(name = "case_reference")
  private String caseReference;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  @Enumerated(EnumType.STRING)
  @Column(name = "moderated_grade")
  private Grade moderatedGrade;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "completed_date")
  private LocalDate completedDate;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  private String[] themes;

  private String learning;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueDate, id")
  private List<AuditRecommendation> recommendations = new ArrayList<>();

  /** What an audit records, checked together: every broken rule is named by its field. */
  public record Details(
      LocalDate auditDate,
      String auditor,
      AuditType type,
      String caseReference,
      Grade grade,
      Grade moderatedGrade,
      LocalDate dueDate,
      LocalDate completedDate,
      List<String> themes,
      String learning) {
    public Details {
      List<FieldError> errors = new ArrayList<>();
      if (moderatedGrade != null && grade == null) {
        errors.add(new FieldError("moderatedGrade", "needs a grade first: moderation reviews one"));
      }
      if (dueDate.isBefore(auditDate)) {
        errors.add(new FieldError("dueDate", "must not be before the audit date"));
      }
      if (completedDate != null && completedDate.isBefore(auditDate)) {
        errors.add(new FieldError("completedDate", "must not be before the audit date"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      themes = themes == null ? List.of() : themes.stream().map(String::trim).distinct().toList();
      learning = learning == null || learning.isBlank() ? null : learning.trim();
      auditor = auditor.trim();
    }
  }

  protected CaseAudit() {}

  public CaseAudit(Team team, Details details, OffsetDateTime now) {
    this.createdAt = now;
    revise(team, details, now);
  }

  public void revise(Team team, Details details, OffsetDateTime now) {
    this.team = team;
    this.auditDate = details.auditDate();
    this.auditor = details.auditor();
    this.type = details.type();
    this.caseReference = details.caseReference();
    this.grade = details.grade();
    this.moderatedGrade = details.moderatedGrade();
    this.dueDate = details.dueDate();
    this.completedDate = details.completedDate();
    this.themes = details.themes().toArray(String[]::new);
    this.learning = details.learning();
    this.updatedAt = now;
  }

  public AuditRecommendation recommend(AuditRecommendation.Details details, OffsetDateTime now) {
    AuditRecommendation recommendation = new AuditRecommendation(this, details, now);
    recommendations.add(recommendation);
    return recommendation;
  }

  /** Completed by the due date; null while the audit is not completed. Never typed. */
  public Boolean completedWithinTimescale() {
    return completedDate == null ? null : !completedDate.isAfter(dueDate);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getAuditDate() {
    return auditDate;
  }

  public Team getTeam() {
    return team;
  }

  public String getAuditor() {
    return auditor;
  }

  public AuditType getType() {
    return type;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public Grade getGrade() {
    return grade;
  }

  public Grade getModeratedGrade() {
    return moderatedGrade;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getCompletedDate() {
    return completedDate;
  }

  public List<String> getThemes() {
    return List.of(themes);
  }

  public String getLearning() {
    return learning;
  }

  public long getVersion() {
    return version;
  }

  public List<AuditRecommendation> getRecommendations() {
    return recommendations;
  }
}
