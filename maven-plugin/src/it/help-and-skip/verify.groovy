def log = new File(basedir, 'build.log').getText('UTF-8')
for (goal in ['generate', 'check', 'lint', 'help']) {
  assert log.contains("dockerdsl:${goal}")
}
def parameters = ['skip', 'outputDirectory', 'preset', 'provider', 'port', 'variant', 'healthPath', 'javaVersion',
    'runtimeVersion', 'module', 'labels', 'target', 'dockerIgnore', 'force', 'includes', 'excludes', 'failOn', 'sarifFile']
for (p in parameters) {
  assert log =~ /(?m)^\s+${p}\b/ : "help does not list parameter ${p}"
}
assert log.contains('User property: dockerdsl.skip')
assert log.count('[INFO] dockerdsl: skipped (dockerdsl.skip)') == 3
assert !new File(basedir, 'Dockerfile').exists()
return true
