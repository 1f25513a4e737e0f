package org.improvementtracker;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** The log records one logger writes while something happens, with their logging context. */
public final class LogCapture {
  private LogCapture() {}

  public static List<ExtLogRecord> during(Class<?> source, Runnable action) {
    List<ExtLogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            // The logging context is read when the line is written: keep it with the record.
            ext.copyAll();
            records.add(ext);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(source.getName());
    logger.addHandler(capture);
    try {
      action.run();
    } finally {
      logger.removeHandler(capture);
    }
    return records;
  }
}
