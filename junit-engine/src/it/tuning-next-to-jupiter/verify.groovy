// Surefire filed one test case per trial under the tuning class, next to the Jupiter test.
def reports = new File(basedir, 'target/surefire-reports')
def tuning = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-example.QuadraticTuning.xml'))
def cases = tuning.testcase
assert cases.size() == 4 : "expected one test case per trial, found ${cases.size()}"
assert cases.collect { it.@name.text() } == (0..3).collect { "quadratic(Point)[${it}]" }
assert cases.every { it.@classname.text() == 'example.QuadraticTuning' }
assert cases.every { it.failure.size() == 0 && it.error.size() == 0 && it.skipped.size() == 0 } :
    'every trial passed'

def jupiter = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-example.ArithmeticTest.xml'))
assert jupiter.testcase.size() == 1

def journal = new File(basedir, 'target/parzen/example.QuadraticTuning/quadratic/journal.jsonl')
assert journal.isFile() : "no journal at ${journal}"
assert journal.readLines().count { it.contains('"type":"trial"') } == 4
// The runtime's console listener printed one summary line for the tuning.
def log = new File(basedir, 'build.log').text
assert log =~ /QuadraticTuning\.quadratic: 4 trials \(0 failed\), best [0-9.]+ at #\d \{x=/
return true
