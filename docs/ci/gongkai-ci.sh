#!/usr/bin/env bash
# The steps of gongkai's CI recipes (github-actions.yml, gitlab-ci.yml), in one script that both
# run, so the recipes cannot drift from what is tested.
#
# usage: docs/ci/gongkai-ci.sh install
#        docs/ci/gongkai-ci.sh build|check github|gitlab|text
#
#   install   installs what building gongkai needs (scripts/setup) and builds it in release mode
#   build     gongkai build: writes site/ (deploy site/public/); exits 1 on a content error, and
#             then site/ is left as it was
#   check     gongkai check: the supervisor; exits 1 on an error or a red card
#
# The second word says how findings are reported: `github` prints workflow annotations on stdout
# (errors and red cards as ::error, warnings and yellow cards as ::warning, each at its
# file, line and column); `gitlab` writes a Code Quality report to gl-code-quality-<step>.json
# (override with GONGKAI_REPORT) and the plain text to stderr; `text` prints the plain text.
#
# The as-of date: GONGKAI_AS_OF (YYYY-MM-DD) when set; else SOURCE_DATE_EPOCH, read by gongkai
# as a date in the site's time zone; else today in the site's time zone. Never the runner's
# time zone: a daily scheduled run just after midnight in the site's zone builds the new day.
#
# GONGKAI names the gongkai binary to run (default: .build/release/gongkai, made by `install`).
# Run it from the site's root (the folder holding content/).
set -euo pipefail

step=${1:-}
format=${2:-text}
gongkai=${GONGKAI:-.build/release/gongkai}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

usage() {
  sed -n '5,6p' "$0" | sed 's/^# //' >&2
  exit 64
}

case "$step" in
  install)
    "$repo/scripts/setup"
    (cd "$repo" && swift build -c release)
    "$repo/.build/release/gongkai" version
    exit 0
    ;;
  build|check) ;;
  *) usage ;;
esac
case "$format" in github|gitlab|text) ;; *) usage ;; esac

if [ ! -x "$gongkai" ]; then
  echo "gongkai-ci: no gongkai at $gongkai; run '$0 install' first or set GONGKAI" >&2
  exit 74
fi

args=("$step")
[ -n "${GONGKAI_AS_OF:-}" ] && args+=(--as-of "$GONGKAI_AS_OF")

status=0
case "$format" in
  github)
    # Workflow commands are read from stdout; gongkai prints its findings on stderr.
    "$gongkai" "${args[@]}" --format github 2>&1 || status=$?
    ;;
  gitlab)
    report=${GONGKAI_REPORT:-gl-code-quality-$step.json}
    "$gongkai" "${args[@]}" --format gitlab > "$report" || status=$?
    echo "gongkai-ci: Code Quality report in $report" >&2
    ;;
  text)
    "$gongkai" "${args[@]}" || status=$?
    ;;
esac
exit "$status"
