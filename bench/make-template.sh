#!/usr/bin/env bash
# Rebuilds templates/briefing.docx from its generator (src/test/java/.../BriefingTemplateGenerator).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.briefdesk.render.docx.BriefingTemplateGenerator templates/briefing.docx
