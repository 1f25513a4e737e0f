package org.improvementtracker.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;

/**
 * Numbers and booleans in query parameters. By the JAX-RS rules {@code ?plan=abc} would be a 404;
 * here it is a 400 naming the parameter, like any other invalid input.
 */
@Provider
public class ScalarParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) converter(name, "must be a whole number", Long::valueOf);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) converter(name, "must be a whole number", Integer::valueOf);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>)
          converter(name, "must be true or false", ScalarParamConverters::bool);
    }
    return null;
  }

  private static Boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  private static <V> ParamConverter<V> converter(
      String name, String message, Function<String, V> parse) {
    return new ParamConverter<>() {
      @Override
      public V fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
          throw ProblemException.invalid(name, message);
        }
      }

      @Override
      public String toString(V value) {
        return String.valueOf(value);
      }
    };
  }
}
