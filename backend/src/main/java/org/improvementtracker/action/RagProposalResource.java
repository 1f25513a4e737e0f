package org.improvementtracker.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.improvementtracker.common.Permission;

@Path("/api/v1/rag-proposals")
@Tag(name = "Actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RagProposalResource {

  @Inject ActionService service;

  @GET
  @RolesAllowed(Permission.Names.PLAN_READ)
  @Operation(summary = "Partners' RAG proposals, e.g. the PENDING ones awaiting an editor")
  public List<RagProposalRecords.RagProposalResponse> list(
      @QueryParam("status") RagProposal.Status status) {
    return service.proposals(null, status);
  }

  @POST
  @Path("/{id}/accept")
  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @Operation(summary = "Accept a proposal: the RAG changes, under the usual rules")
  public RagProposalRecords.RagProposalResponse accept(
      @PathParam("id") Long id,
      @RequestBody(required = false, description = "An optional note for the partner") @Valid
          RagProposalRecords.DecisionRequest body) {
    return service.decide(id, true, body == null ? null : body.note());
  }

  @POST
  @Path("/{id}/reject")
  @RolesAllowed(Permission.Names.PLAN_EDIT)
  @Operation(summary = "Reject a proposal, with a note for the partner")
  public RagProposalRecords.RagProposalResponse reject(
      @PathParam("id") Long id,
      @RequestBody(required = false, description = "An optional note for the partner") @Valid
          RagProposalRecords.DecisionRequest body) {
    return service.decide(id, false, body == null ? null : body.note());
  }
}
