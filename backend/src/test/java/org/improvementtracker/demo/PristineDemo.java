package org.improvementtracker.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A boot of its own, on a database of its own, for tests that read the demo data exactly as
 * shipped: no other test's writes can reach it, whatever order the tests run in.
 */
public class PristineDemo implements QuarkusTestProfile {}
