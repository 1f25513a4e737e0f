package org.improvementtracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One of a plan's numbered improvement priorities, with its strategic statement. */
@Entity
public class Priority {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int number;
  private String title;
  private String statement;

  protected Priority() {}

  public Priority(Plan plan, int number, String title, String statement) {
    this.plan = plan;
    this.number = number;
    this.title = title;
    this.statement = statement;
  }

  public Long getId() {
    return id;
  }

  public Plan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getStatement() {
    return statement;
  }
}
