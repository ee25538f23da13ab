// lint printed compiler-style findings, wrote SARIF for code scanning, and failed at error level.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] Dockerfile:1:1: error: [DF001 PinnedBaseImage]')
assert log.contains('[INFO] dockerdsl: 2 files checked: ')
assert log.contains('finding(s) at error level or above')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockerdsl/lint.sarif'))
def results = sarif.runs[0].results
assert results.any { it.ruleId == 'DF001' && it.locations[0].physicalLocation.artifactLocation.uri == 'Dockerfile' }
assert results.every { it.locations[0].physicalLocation.artifactLocation.uri in ['Dockerfile', 'docker/worker/Dockerfile'] }
return true
