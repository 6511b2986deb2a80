#!/usr/bin/env bash
# Archive upload of a 100 MB video (issue 7): the app in Release on a fresh SQLite database with the local file store,
# three streamed uploads, throughput and server memory growth. Run from the repository root.
set -euo pipefail
source bench/GuidanceDesk.Bench/app-start.sh
dir=$(mktemp -d /tmp/gd-upload.XXXX)
dotnet build -c Release src/GuidanceDesk.Web -v q > /dev/null
dotnet build -c Release bench/GuidanceDesk.Bench -v q > /dev/null
start_app 5391 "$dir/app.log" Database__ConnectionString="Data Source=$dir/gd.db" Files__Root="$dir/files" \
  Files__TempDirectory="$dir" Jobs__Enabled=false
dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll archiveupload --url http://127.0.0.1:5391 --pid "$SERVER_PID" --size "${SIZE:-100}" --runs 3
du -sh "$dir/files"
