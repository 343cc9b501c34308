package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Timeout(60)
class JunitReporterTest {
    @TempDir
    Path dir;

    @Test
    void writesParseableJunitXmlWithFailuresSkipsAndOutput() throws Exception {
        Files.writeString(dir.resolve("x.test.js"), """
                describe('a <b> & "c"', () => {
                  test('passes', () => {});
                  test('fails', () => { console.log('said \\u0001 <hi>'); expect([1]).toEqual([2]); });
                  test.skip('skipped', () => {});
                  test.todo('todo');
                });
                """);
        Path report = dir.resolve("out/report.xml");
        RunFixture run = RunFixture.run("-d", dir.toString(), "--reporter", "junit", "--output", report.toString());
        assertEquals(1, run.exitCode());
        assertEquals("1 passed, 1 failed, 2 skipped", run.lastLine());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("4", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("2", suites.getAttribute("skipped"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        Element failed = (Element) cases.item(1);
        assertEquals("a <b> & \"c\" > fails", failed.getAttribute("name"));
        assertEquals("x.test.js", failed.getAttribute("classname"));
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("expect(received).toEqual(expected)"));
        assertTrue(failure.getTextContent().contains("-   2,"), failure.getTextContent());
        assertTrue(failed.getElementsByTagName("system-out").item(0).getTextContent().contains("<hi>"));
        assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("skipped").getLength());
    }

    @Test
    void escapesTextAndAttributes() {
        assertEquals("a &lt;b&gt; &amp; c", JunitReporter.text("a <b> & c\u001b"));
        assertEquals("&quot;x&quot;&#10;y", JunitReporter.attr("\"x\"\ny"));
    }
}
