package org.improvementtracker.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.improvementtracker.plan.Rag;

public record RagChangeRequest(@NotNull Rag rag, @NotBlank @Size(max = 2000) String reason) {}
