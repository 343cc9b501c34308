package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Node-shaped `err.stack` in a realm (bootstrap.js), including the Rhino subclassing bugs it works around. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrorStacksInRealmTest extends FreshRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private List<String> stackLines(String body) throws Exception {
        return List.of(realm.run(body).split("\n"));
    }

    @Test
    void stackStartsWithNameAndMessageThenTheUsersFrames() throws Exception {
        List<String> lines = stackLines("function handler() {\n  return new Error('broken');\n}\nreport(handler().stack);");
        assertEquals("Error: broken", lines.get(0));
        assertEquals("    at handler (" + RealmHarness.FILE + ":2)", lines.get(1));
        assertEquals("    at " + RealmHarness.FILE + ":4", lines.get(2));
    }

    @Test
    void everyErrorTypeAndRhinosOwnErrorsGetTheHeader() throws Exception {
        String body = String.join("\n",
                "const out = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]",
                "  .map(T => new T('m').stack.split('\\n')[0]);",
                "try { null.prop; } catch (e) { out.push(e.stack.split('\\n')[0]); }",
                "try { undefinedName; } catch (e) { out.push(e.stack.split('\\n').slice(0, 2).join(' / ')); }",
                "report(JSON.stringify(out));");
        JsonNode out = JSON.readTree(realm.run(body));
        assertEquals("TypeError: m", out.get(0).asText());
        assertEquals("URIError: m", out.get(5).asText());
        assertTrue(out.get(6).asText().startsWith("TypeError: ") && out.get(6).asText().contains("prop"), out.get(6).asText());
        assertEquals("ReferenceError: \"undefinedName\" is not defined. / " + "    at " + RealmHarness.FILE + ":4", out.get(7).asText());
    }

    @Test
    void anErrorThrownInATimerNamesTheTimersCallback() throws Exception {
        List<String> lines = stackLines(
                "function later() {\n  try { throw new TypeError('late'); } catch (e) { report(e.stack); }\n}\nsetTimeout(later, 1);");
        assertEquals("TypeError: late", lines.get(0));
        assertEquals("    at later (" + RealmHarness.FILE + ":2)", lines.get(1));
    }

    @Test
    void reflectConstructOfAnErrorSubclassKeepsAReadableStack() throws Exception {
        // what transpiled `class NotFound extends Error { constructor(m) { super(m); this.name = 'NotFound'; } }` does
        String body = String.join("\n",
                "function NotFound(m) {",
                "  const self = Reflect.construct(Error, [m], NotFound);",
                "  self.name = 'NotFound';",
                "  return self;",
                "}",
                "NotFound.prototype = Object.create(Error.prototype, { constructor: { value: NotFound, writable: true, configurable: true } });",
                "Object.setPrototypeOf(NotFound, Error);",
                "function lookup() { return new NotFound('no key'); }",
                "const e = lookup();",
                "report(JSON.stringify([e instanceof NotFound, e instanceof Error, String(e), e.stack]));");
        JsonNode out = JSON.readTree(realm.run(body));
        assertTrue(out.get(0).asBoolean() && out.get(1).asBoolean());
        assertEquals("NotFound: no key", out.get(2).asText());
        List<String> stack = List.of(out.get(3).asText().split("\n"));
        assertEquals("NotFound: no key", stack.get(0), "the header reflects the name set after construction");
        assertEquals("    at NotFound (" + RealmHarness.FILE + ":2)", stack.get(1));
        assertEquals("    at lookup (" + RealmHarness.FILE + ":8)", stack.get(2));
        assertFalse(out.get(3).asText().contains("llrt:bootstrap"), "the runtime's own wrapper frames stay hidden");
    }

    @Test
    void setPrototypeOfOnAnErrorInstanceKeepsAReadableStack() throws Exception {
        // TypeScript's documented pattern for `extends Error` at ES5, and tslib's __extends
        String body = String.join("\n",
                "function HttpError(status) {",
                "  const self = Error.call(this, 'status ' + status) || this;",
                "  self.name = 'HttpError';",
                "  Object.setPrototypeOf(self, HttpError.prototype);",
                "  return self;",
                "}",
                "HttpError.prototype = Object.create(Error.prototype);",
                "const viaReflect = new TypeError('reflected');",
                "Reflect.setPrototypeOf(viaReflect, HttpError.prototype);",
                "report(JSON.stringify([new HttpError(404).stack.split('\\n').slice(0, 2), viaReflect.stack.split('\\n')[0]]));");
        JsonNode out = JSON.readTree(realm.run(body));
        assertEquals("HttpError: status 404", out.get(0).get(0).asText());
        assertEquals("    at HttpError (" + RealmHarness.FILE + ":2)", out.get(0).get(1).asText());
        assertEquals("Error: reflected", out.get(1).asText(), "the name now inherited, read lazily as Node does");
    }

    @Test
    void aStackReadOrAssignedBeforeThePrototypeChangeIsKept() throws Exception {
        String body = String.join("\n",
                "function Sub() {}",
                "Sub.prototype = Object.create(Error.prototype);",
                "const read = new Error('read first');",
                "const before = read.stack;",
                "Object.setPrototypeOf(read, Sub.prototype);",
                "const assigned = new Error('x');",
                "assigned.stack = 'custom stack';",
                "Object.setPrototypeOf(assigned, Sub.prototype);",
                "const pinned = Reflect.construct(Error, ['y'], Sub);",
                "pinned.stack = 'replaced';",
                "report(JSON.stringify([read.stack === before, assigned.stack, pinned.stack]));");
        assertEquals("[true,\"custom stack\",\"replaced\"]", realm.run(body));
    }

    @Test
    void captureStackTraceHeadsWithTheTargetsNameAndMessage() throws Exception {
        String body = String.join("\n",
                "function AppError(message) {",
                "  this.name = 'AppError';",
                "  this.message = message;",
                "  Error.captureStackTrace(this, AppError);",
                "}",
                "function fail() { return new AppError('captured'); }",
                "const plain = {};",
                "Error.captureStackTrace(plain);",
                "report(JSON.stringify([fail().stack.split('\\n').slice(0, 2), plain.stack.split('\\n')[0]]));");
        JsonNode out = JSON.readTree(realm.run(body));
        assertEquals("AppError: captured", out.get(0).get(0).asText());
        assertEquals("    at fail (" + RealmHarness.FILE + ":6)", out.get(0).get(1).asText(), "frames above AppError are hidden");
        assertEquals("Error", out.get(1).asText(), "an object without name or message gets Node's default header");
    }

    @Test
    void aUsersPrepareStackTraceIsHonouredForSubclassedErrors() throws Exception {
        String body = String.join("\n",
                "Error.prepareStackTrace = (err, frames) => 'custom:' + err.name + ':' + frames.length;",
                "function Sub() {}",
                "Sub.prototype = Object.create(Error.prototype);",
                "Sub.prototype.name = 'Sub';",
                "report([new RangeError('r').stack, Reflect.construct(Error, ['s'], Sub).stack.split(':').slice(0, 2).join(':')].join(' '));");
        String out = realm.run(body);
        assertTrue(out.startsWith("custom:RangeError:"), out);
        assertTrue(out.endsWith(" custom:Sub"), out);
    }

    @Test
    void promiseAllSettledReportsNodesStatusStrings() throws Exception {
        String body = "Promise.allSettled([1, Promise.reject(new Error('no')), Promise.resolve('yes')])"
                + ".then(r => report(JSON.stringify(r.map(x => [x.status, x.value === undefined ? x.reason.message : x.value]))));";
        assertEquals("[[\"fulfilled\",1],[\"rejected\",\"no\"],[\"fulfilled\",\"yes\"]]", realm.run(body));
    }

    @Test
    void symbolAsyncIteratorExists() throws Exception {
        assertEquals("symbol Symbol(Symbol.asyncIterator)",
                realm.run("report(typeof Symbol.asyncIterator + ' ' + String(Symbol.asyncIterator));"));
    }

    @Test
    void librariesThatReadCallSitesSeeTheirCallersFirst() throws Exception {
        // the depd / callsites pattern: swap prepareStackTrace to get CallSite objects, drop their own frame
        String body = String.join("\n",
                "function getStack() {",
                "  const prep = Error.prepareStackTrace;",
                "  Error.prepareStackTrace = (obj, stack) => stack;",
                "  const obj = {};",
                "  Error.captureStackTrace(obj);",
                "  const stack = obj.stack.slice(1);",
                "  Error.prepareStackTrace = prep;",
                "  return stack;",
                "}",
                "function callsites() {",
                "  const prep = Error.prepareStackTrace;",
                "  Error.prepareStackTrace = (_, stack) => stack;",
                "  const stack = new Error().stack.slice(1);",
                "  Error.prepareStackTrace = prep;",
                "  return stack;",
                "}",
                "function deprecatedApi() { return getStack()[0].getFunctionName() + ' ' + callsites()[0].getFunctionName(); }",
                "report(deprecatedApi() + ' ' + typeof new Error('after').stack);");
        assertEquals("deprecatedApi deprecatedApi string", realm.run(body));
    }

    @Test
    void captureStackTraceOnAPrimitiveThrowsAsInNode() throws Exception {
        assertEquals("TypeError", realm.run("try { Error.captureStackTrace(5); report('no error'); } catch (e) { report(e.name); }"));
    }
}
