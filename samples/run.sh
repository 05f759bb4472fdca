#!/usr/bin/env bash
# Packs GapModel from this repository and builds and runs the sample against the package, as a user would.
# A fresh version per run keeps NuGet from reusing an older copy of the package.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
version="0.1.0-dev.$(date -u +%Y%m%d%H%M%S)"
feed="$root/artifacts/feed"

dotnet pack "$root/src/GapModel/GapModel.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v:q
dotnet run --project "$here/GapModel.Sample" -p:GapModelVersion="$version" -p:RestoreAdditionalProjectSources="$feed" "$@"
