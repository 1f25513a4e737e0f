package org.improvementtracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TokenRecords {
  private TokenRecords() {}

  public record CreateTokenRequest(
      @NotBlank @Size(max = 100) String name,
      @NotEmpty @Size(max = 7) List<@NotNull Scope> scopes,
      @Schema(description = "When the token stops working; 90 days from now when omitted")
          OffsetDateTime expiresAt) {}

  public record TokenResponse(
      Long id,
      String name,
      @Schema(description = "The secret's first characters, to tell tokens apart") String prefix,
      List<Scope> scopes,
      Long userId,
      String username,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      @Schema(nullable = true) OffsetDateTime lastUsedAt,
      @Schema(nullable = true) OffsetDateTime revokedAt) {}

  public record CreatedTokenResponse(
      TokenResponse token,
      @Schema(
              description =
                  "The secret: shown this once, never stored; send as Authorization: Bearer")
          String secret) {}
}
