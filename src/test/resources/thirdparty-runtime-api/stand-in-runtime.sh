#!/bin/bash
# A minimal custom runtime (bash + curl) that stands in for llrt in the harness's own tests: it proves the
# third-party server and the harness, independently of whether the real runtime works yet.
#   STANDIN_INIT_ERROR=1  report an init error and exit, as a runtime whose handler cannot be loaded does
#   an event containing "fail":true is answered through /error instead of /response
set -u
api="http://${AWS_LAMBDA_RUNTIME_API:?AWS_LAMBDA_RUNTIME_API is not set}/2018-06-01/runtime"
if [ -n "${STANDIN_INIT_ERROR:-}" ]; then
  curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: Runtime.HandlerNotFound' \
    --data '{"errorType":"Runtime.HandlerNotFound","errorMessage":"index.nope is undefined or not exported"}' \
    "$api/init/error"
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A real runtime polls forever; this one stops after a bound so a harness bug cannot leave it spinning.
for _ in $(seq 1 1000); do
  curl -sS -D "$work/headers" -o "$work/event" "$api/invocation/next" || exit 1
  id=$(grep -i '^lambda-runtime-aws-request-id:' "$work/headers" | cut -d' ' -f2 | tr -d '\r\n')
  deadline=$(grep -i '^lambda-runtime-deadline-ms:' "$work/headers" | cut -d' ' -f2 | tr -d '\r\n')
  echo "invocation $id" >&2
  if grep -q '"fail":true' "$work/event"; then
    curl -sS -o /dev/null -X POST -H 'Lambda-Runtime-Function-Error-Type: TypeError' \
      --data '{"errorType":"TypeError","errorMessage":"asked to fail","stackTrace":[]}' \
      "$api/invocation/$id/error"
  else
    printf '{"got":%s,"requestId":"%s","deadlineMs":"%s","handler":"%s","extra":"%s"}' \
      "$(cat "$work/event")" "$id" "$deadline" "${_HANDLER:-}" "${STANDIN_EXTRA:-}" > "$work/response"
    curl -sS -o /dev/null -X POST --data-binary "@$work/response" "$api/invocation/$id/response"
  fi
done
