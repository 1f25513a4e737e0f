package org.improvementtracker;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.improvementtracker.common.EmbeddedDatabase;

/** Every test boot gets its own throw-away real PostgreSQL, the same one {@code make run} uses. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private EmbeddedDatabase database;

  @Override
  public Map<String, String> start() {
    try {
      // Throw-away data: the fast, non-durable settings are fine here and only here.
      database =
          EmbeddedDatabase.start(
              Files.createTempDirectory("tracker-test-db"),
              EmbeddedDatabase.Durability.FAST_FOR_TESTS);
      database.watch(Duration.ofSeconds(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return database.datasourceConfig();
  }

  @Override
  public void stop() {
    if (database != null) {
      database.stop();
    }
  }
}
