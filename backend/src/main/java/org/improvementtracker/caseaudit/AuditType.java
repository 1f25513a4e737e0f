package org.improvementtracker.caseaudit;

public enum AuditType {
  CASE_FILE,
  THEMATIC,
  DEEP_DIVE,
  DIP_SAMPLE,
  RE_AUDIT
}
