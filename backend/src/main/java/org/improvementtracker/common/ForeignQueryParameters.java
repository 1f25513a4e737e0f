package org.improvementtracker.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose query string is written by someone else (an identity provider's
 * redirect), so {@link QueryParameterCheck} does not refuse parameters it does not declare.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ForeignQueryParameters {}
