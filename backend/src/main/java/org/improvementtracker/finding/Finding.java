package org.improvementtracker.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.improvementtracker.plan.Plan;

/**
 * A point of an inspection letter that the plan must answer: a numbered paragraph ("para 13"), or
 * one of the letter's named areas for priority action or focused improvement (no paragraph).
 */
@Entity
public class Finding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private String source;
  private Integer paragraph;
  private String summary;

  @Column(name = "priority_action")
  private boolean priorityAction;

  protected Finding() {}

  public Finding(
      Plan plan, String source, Integer paragraph, String summary, boolean priorityAction) {
    this.plan = plan;
    this.source = source;
    this.paragraph = paragraph;
    this.summary = summary;
    this.priorityAction = priorityAction;
  }

  public void revise(String summary, boolean priorityAction) {
    this.summary = summary;
    this.priorityAction = priorityAction;
  }

  /** How people cite it: "para 13" for a paragraph, otherwise the named area's wording. */
  public String label() {
    return paragraph != null ? "para " + paragraph : summary;
  }

  public Long getId() {
    return id;
  }

  public Plan getPlan() {
    return plan;
  }

  public String getSource() {
    return source;
  }

  public Integer getParagraph() {
    return paragraph;
  }

  public String getSummary() {
    return summary;
  }

  public boolean isPriorityAction() {
    return priorityAction;
  }
}
