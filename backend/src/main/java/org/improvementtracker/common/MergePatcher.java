package org.improvementtracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * PATCH as JSON Merge Patch over the body PUT takes: the patch is merged into the current request,
 * which is then read and validated exactly as a PUT body would be.
 */
@ApplicationScoped
public class MergePatcher {

  @Inject ObjectMapper json;
  @Inject Validator validator;

  @SuppressWarnings("unchecked")
  public <T> T patch(T current, JsonNode patch) throws JsonProcessingException {
    JsonNode merged = JsonMergePatch.apply(json.valueToTree(current), patch);
    T request = (T) json.treeToValue(merged, current.getClass());
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return request;
  }
}
