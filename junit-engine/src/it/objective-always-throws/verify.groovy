// The build failed because no trial succeeded, and the log says why, grouping the causes.
def log = new File(basedir, 'build.log').text
assert log.contains('BrokenTuning.diverges: all 3 trial(s) failed; no best parameters. Causes:')
assert log.contains('3 × java.lang.IllegalStateException: the model diverged')
assert log.contains('BUILD FAILURE')
return true
