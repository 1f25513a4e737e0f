# Improvement Tracker: `make run` starts everything at http://localhost:8080, `make test` runs
# every test. See README.md.
MVN ?= mvn
MVN_FLAGS ?= -B --no-transfer-progress
JAR := backend/target/quarkus-app/quarkus-run.jar
WEB := frontend/dist/index.html
BACKEND_SOURCES := $(shell find backend/src backend/pom.xml -type f 2>/dev/null)
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/package.json frontend/vite.config.ts -type f 2>/dev/null)

# A bounded heap suits a 2-core host; raise it (and DB_POOL_MAX) on a bigger one, see README.
JAVA_OPTS ?= -Xmx512m
export JAVA_OPTS

.PHONY: run dev build test test-backend test-frontend lint-api test-ci e2e fuzz openapi format clean bench \
	bench-bulk lighthouse backup restore

run: $(JAR)
	java $(JAVA_OPTS) -jar $(JAR)

build: $(JAR)

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

$(WEB): frontend/node_modules/.package-lock.json $(FRONTEND_SOURCES)
	cd frontend && npm run build

# The server jar carries the built web app, served at / from the same origin as the API.
$(JAR): $(BACKEND_SOURCES) $(WEB)
	cd backend && $(MVN) $(MVN_FLAGS) package -DskipTests

# Hot reload: the API on :8080 (make run in another terminal) and Vite on :5173 proxying to it.
dev: frontend/node_modules/.package-lock.json
	cd frontend && npm run dev

test: test-ci test-backend test-frontend lint-api e2e

# The CI script's Node.js check, against fake node and npm commands.
test-ci:
	.ci/test-ensure-node

test-backend:
	cd backend && $(MVN) $(MVN_FLAGS) verify

test-frontend: frontend/node_modules/.package-lock.json
	cd frontend && npm run api:check && npm run lint && npm run typecheck && npm test

tools/api-lint/node_modules/.package-lock.json: tools/api-lint/package-lock.json
	cd tools/api-lint && npm ci --no-audit --no-fund

# The committed OpenAPI document passes Redocly's recommended rules and Spectral's spectral:oas
# (accepted warnings are listed with their reasons in tools/api-lint/.redocly.lint-ignore.yaml).
lint-api: tools/api-lint/node_modules/.package-lock.json
	cd tools/api-lint && npm run lint

# Browser journeys and accessibility checks against the real server started by the run.
e2e: $(JAR)
	cd frontend && npm run e2e

# 10,000 generated hostile requests over every operation of the OpenAPI document (make test sends
# 200); prints the statuses seen and fails on any 5xx or any 4xx that is not problem+json.
FUZZ_REQUESTS ?= 10000
fuzz:
	cd backend && $(MVN) $(MVN_FLAGS) verify -Dtest=ApiFuzzTest -Dfuzz.requests=$(FUZZ_REQUESTS) \
		-Dsurefire.failIfNoSpecifiedTests=false | grep -E '^Fuzzing:|Tests run:|FAIL|ERROR'

# Rewrites openapi/openapi.yaml from the code, and the web app's generated API types from it.
openapi:
	cd backend && $(MVN) $(MVN_FLAGS) test -Dtest=OpenApiContractTest -Dopenapi.update=true \
		-Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false
	cd frontend && npm run api:generate

# Backups: a timestamped pg_dump file in BACKUP_DIR of the embedded database in DATA_DIR (the app
# running or not) or of the external one in QUARKUS_DATASOURCE_JDBC_URL; a restore goes into an
# empty data directory or database only. Needs pg_dump/pg_restore (postgresql-client). See README.
BACKUP_DIR ?= backups
export BACKUP_DIR
backup: $(JAR)
	scripts/backup.sh $(JAR)

restore: $(JAR)
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/tracker-....dump" >&2; exit 2; }
	scripts/restore.sh "$(FILE)" $(JAR)

# Read benchmark against pgbench -S on throw-away databases (needs wrk and postgresql-client:
# sudo apt-get install -y wrk postgresql-client), then the bulk upload against COPY. See README.
bench: $(JAR)
	bench/run.sh $(JAR)
	bench/bulk.sh $(ROWS)

# Lighthouse (mobile preset, Debian's chromium) on the main pages, signed in. See README.
lighthouse: $(JAR)
	bench/lighthouse.sh $(JAR)

# Bulk upload throughput against PostgreSQL COPY on a throw-away database; prints both, the ratio
# and the server's peak memory. ROWS=1000000 is the bounded-memory run (heap limit 512 MB).
ROWS ?=
bench-bulk: $(JAR)
	bench/bulk.sh $(ROWS)

format:
	cd backend && $(MVN) $(MVN_FLAGS) spotless:apply
	cd frontend && npm run format

clean:
	cd backend && $(MVN) $(MVN_FLAGS) clean
	rm -rf frontend/dist
