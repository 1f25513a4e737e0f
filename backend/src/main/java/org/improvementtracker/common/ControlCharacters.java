package org.improvementtracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Text the system of record will not keep: control characters (NUL above all, which PostgreSQL
 * cannot store) and broken UTF-16. Tab, carriage return and line feed stay allowed in JSON text,
 * where multi-line fields need them. Every JSON string passes through here, and {@link
 * RequestGuard} applies the same rule to parameters and headers, so the refusal is one 400 problem
 * whatever the field.
 */
@Singleton
public class ControlCharacters implements ObjectMapperCustomizer {
  public static final String REFUSAL = "must not contain control characters";

  /** Whether {@code text} holds a character we refuse; line breaks and tabs only if allowed. */
  public static boolean refused(String text, boolean lineBreaksAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (!(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
          return true;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("control-characters").addDeserializer(String.class, new Strings()));
  }

  /** Jackson's own string reading, then the check; the error names the field by its JSON path. */
  static final class Strings extends StdScalarDeserializer<String> {
    Strings() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && refused(text, true)) {
        throw JsonMappingException.from(parser, REFUSAL, new IllegalArgumentException(REFUSAL));
      }
      return text;
    }
  }
}
