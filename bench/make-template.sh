#!/usr/bin/env bash
# Rebuilds templates/briefing.docx (BriefingTemplateGenerator) and the invitation letters
# templates/invitation.docx, invitation.fr.docx (InvitationTemplateGenerator) from their generators.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.briefdesk.render.docx.BriefingTemplateGenerator templates/briefing.docx
# ... and the default invitation letters, templates/invitation.docx and invitation.fr.docx
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.briefdesk.render.invitation.InvitationTemplateGenerator templates
