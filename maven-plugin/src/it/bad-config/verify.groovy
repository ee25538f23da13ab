// a configuration error names the parameter, quotes the value and lists the allowed ones
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("dockerdsl: parameter 'preset' is 'ruby'; allowed values: java, node, python, go")
assert !new File(basedir, 'Dockerfile').exists()
return true
