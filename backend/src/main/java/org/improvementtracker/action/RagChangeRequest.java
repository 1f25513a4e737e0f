package org.improvementtracker.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.improvementtracker.plan.Rag;

public record RagChangeRequest(
    @NotNull Rag rag,
    @NotBlank @Size(max = 2000) String reason,
    @Size(max = 2000)
        @Schema(
            description =
                "A link to or reference of the evidence (e.g. an audit report's address). GREEN"
                    + " and AMBER_E need it unless a progress update was recorded since the RAG"
                    + " last changed")
        String evidence) {}
