package org.improvementtracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class OrganisationRecords {
  private OrganisationRecords() {}

  public record CreateOrganisationRequest(
      @NotBlank @Size(max = 200) String name, @NotNull Organisation.Kind kind) {}
}
