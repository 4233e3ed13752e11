#!/usr/bin/env pwsh
# Flow's build script, twin of build.sh.
#   ./build.ps1 restore | build | test | bench <name> [args...] | clean
param([string]$Target = "build", [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @())
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"; $env:DOTNET_NOLOGO = "1"; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"
$results = "artifacts/test-results"

function Count-Results {
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($f in Get-ChildItem -Path $results -Filter *.trx -ErrorAction SilentlyContinue) {
        [xml]$trx = Get-Content $f.FullName
        $c = $trx.TestRun.ResultSummary.Counters
        $passed += [int]$c.passed; $failed += [int]$c.failed; $skipped += [int]$c.notExecuted
    }
    return @($passed, $failed, $skipped)
}

switch ($Target) {
    "restore" { dotnet restore Actors.sln; exit $LASTEXITCODE }
    "build" { dotnet build Actors.sln -c Release @Rest; exit $LASTEXITCODE }
    "clean" { Remove-Item -Recurse -Force artifacts -ErrorAction SilentlyContinue; dotnet clean Actors.sln -c Release; exit $LASTEXITCODE }
    "test" {
        Remove-Item -Recurse -Force $results -ErrorAction SilentlyContinue
        New-Item -ItemType Directory -Force $results | Out-Null
        dotnet build Actors.sln -c Release
        if ($LASTEXITCODE -ne 0) { Write-Output "build failed"; Write-Output "0 passed, 1 failed"; exit 1 }
        dotnet test Actors.sln -c Release --no-build --logger "trx" --logger "console;verbosity=minimal" --results-directory $results --blame-hang --blame-hang-timeout 5m @Rest
        $status = $LASTEXITCODE
        $passed, $failed, $skipped = Count-Results
        if ($status -ne 0 -and $failed -eq 0) { $failed = 1; Write-Output "the test run failed outside any test (exit $status)" }
        if ($passed -eq 0 -and $failed -eq 0) { $failed = 1; Write-Output "no test ran" }
        if ($skipped -gt 0) { Write-Output "$passed passed, $failed failed, $skipped skipped" } else { Write-Output "$passed passed, $failed failed" }
        if ($failed -ne 0) { exit 1 } else { exit 0 }
    }
    "bench" {
        # No name: the benchmark program lists the benchmarks and their options.
        $name = if ($Rest.Count -ge 1) { $Rest[0] } else { "help" }; $args2 = @($Rest | Select-Object -Skip 1)
        # Build first and stop the build servers: their lingering work on 2 cores would skew the measurement.
        $project = if ($name -eq "micro") { "benchmarks/Flow.Benchmarks" } else { "benchmarks/Flow.Bench" }
        dotnet build -c Release $project -nologo -v quiet
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        dotnet build-server shutdown | Out-Null
        if ($name -eq "micro") {
            $filter = if ($args2.Count -gt 0) { $args2[0] } else { "*" }
            dotnet run -c Release --no-build --project $project -- --filter $filter @($args2 | Select-Object -Skip 1)
        } else {
            dotnet run -c Release --no-build --project $project -- $name @args2
        }
        exit $LASTEXITCODE
    }
    default { Write-Error "unknown target '$Target' (restore | build | test | bench <name> | clean)"; exit 2 }
}
