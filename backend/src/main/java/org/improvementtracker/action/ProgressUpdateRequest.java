package org.improvementtracker.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProgressUpdateRequest(
    @PastOrPresent @Schema(description = "The date the evidence relates to; today when omitted")
        LocalDate date,
    @NotBlank @Size(max = 10000) String text) {}
