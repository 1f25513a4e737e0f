package org.improvementtracker.board;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.improvementtracker.common.ETags;

/** The board resources' responses: every one carries the entity's version as its ETag. */
final class Responses {
  private Responses() {}

  static Response ok(Object entity, long version) {
    return withETag(Response.ok(), entity, version);
  }

  /** 201 with the new resource's Location under the request's path. */
  static Response created(UriInfo uri, Long id, Object entity, long version) {
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()),
        entity,
        version);
  }

  /** 201 for a resource with no address of its own under the request's path. */
  static Response created(Object entity, long version) {
    return withETag(Response.status(Response.Status.CREATED), entity, version);
  }

  private static Response withETag(Response.ResponseBuilder builder, Object entity, long version) {
    return builder.entity(entity).header(HttpHeaders.ETAG, ETags.of(version)).build();
  }
}
