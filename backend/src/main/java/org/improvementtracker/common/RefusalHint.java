package org.improvementtracker.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a caller refused by an operation's {@code @RolesAllowed} should do instead, e.g. "Partners
 * propose RAG changes through …/rag-proposals". {@link ProblemMappers} adds it to the 403 problem,
 * which the security layer raises before the method (or its body's validation) runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RefusalHint {
  String value();
}
