package org.improvementtracker.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts every typed query and path parameter: numbers, booleans, enums, dates and our value
 * types (any type with a static {@code of(String)} that refuses bad text with an {@link
 * IllegalArgumentException}, such as {@link Period}). By the JAX-RS rules an unconvertible
 * parameter is a 404; here it is the same 400 problem everywhere, naming the parameter and what it
 * must be.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) converter(name, false, "must be a whole number", Long::valueOf);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) converter(name, false, "must be a whole number", Integer::valueOf);
    }
    if (rawType == Boolean.class || rawType == boolean.class) {
      return (ParamConverter<T>)
          converter(name, false, "must be true or false", ParamConverters::bool);
    }
    if (rawType.isEnum()) {
      return (ParamConverter<T>) enumConverter(name, (Class<Enum>) rawType);
    }
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>)
          converter(name, true, "must be a date written YYYY-MM-DD", ParamConverters::date);
    }
    Method factory = valueFactory(rawType);
    if (factory != null) {
      return converter(name, true, null, text -> invoke(factory, rawType, text));
    }
    return null;
  }

  private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
    String choices =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return converter(
        name,
        true,
        "must be one of " + choices,
        text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
  }

  private static Boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static LocalDate date(String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(value, e);
    }
    if (DateRange.refused(date)) {
      throw new IllegalArgumentException(value);
    }
    return date;
  }

  private static Method valueFactory(Class<?> type) {
    try {
      Method of = type.getMethod("of", String.class);
      return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type ? of : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static <T> T invoke(Method factory, Class<T> type, String text) {
    try {
      return type.cast(factory.invoke(null, text));
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException invalid) {
        throw invalid;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return null;
  }

  /**
   * A converter that names the parameter in its refusal. Blank text is "not given" for optional
   * values; {@code message} null means the value type's own message explains the refusal.
   */
  private static <V> ParamConverter<V> converter(
      String name, boolean blankIsAbsent, String message, Function<String, V> parse) {
    return new ParamConverter<>() {
      @Override
      public V fromString(String value) {
        if (value == null || (blankIsAbsent && value.isBlank())) {
          return null;
        }
        try {
          return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
          throw ProblemException.invalid(name, message != null ? message : e.getMessage());
        }
      }

      @Override
      public String toString(V value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
      }
    };
  }
}
