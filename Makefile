# Improvement Tracker: `make run` starts everything at http://localhost:8080, `make test` runs
# every test. See README.md.
MVN ?= mvn
MVN_FLAGS ?= -B --no-transfer-progress
JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := $(shell find backend/src backend/pom.xml -type f 2>/dev/null)

.PHONY: run build test openapi format clean

run: $(JAR)
	java -jar $(JAR)

build: $(JAR)

$(JAR): $(BACKEND_SOURCES)
	cd backend && $(MVN) $(MVN_FLAGS) package -DskipTests

test:
	cd backend && $(MVN) $(MVN_FLAGS) verify

# Rewrites openapi/openapi.yaml from the running code; commit it with the API change.
openapi:
	cd backend && $(MVN) $(MVN_FLAGS) test -Dtest=OpenApiContractTest -Dopenapi.update=true \
		-Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false

format:
	cd backend && $(MVN) $(MVN_FLAGS) spotless:apply

clean:
	cd backend && $(MVN) $(MVN_FLAGS) clean
