package dev.llrtj.modules.xml;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** {@code parseXML(text)} for xml.js. */
public final class XmlBinding {
    private XmlBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "parseXML", 1, (cx, scope, args) -> {
            Object arg = Natives.arg(args, 0);
            if (!(arg instanceof CharSequence)) {
                throw ScriptRuntime.typeError("parseXML: expected a string, got " + ScriptRuntime.typeof(arg));
            }
            try {
                return new AwsXmlReader(arg.toString(), new JsTree(cx, realm.global())).parseDocument();
            } catch (AwsXmlReader.XmlSyntaxError e) {
                throw ScriptRuntime.constructError("Error", e.getMessage());
            }
        });
        return b;
    }

    private static final String PROTO = "__proto__";

    /** Builds the SDK's shapes as Rhino objects. */
    private record JsTree(Context cx, Scriptable scope) implements AwsXmlReader.Tree<Object> {
        @Override
        public Object newObject() {
            return cx.newObject(scope);
        }

        @Override
        public boolean has(Object obj, String key) {
            // `key in obj`: inherited names count too, as in the SDK's parser
            return ScriptableObject.hasProperty((Scriptable) obj, key);
        }

        @Override
        public Object get(Object obj, String key) {
            return ScriptableObject.getProperty((Scriptable) obj, key);
        }

        @Override
        public void put(Object obj, String key, Object value) {
            if (PROTO.equals(key)) {
                // a plain own key, as the SDK's writeKey makes it, never a prototype change
                ((ScriptableObject) obj).defineProperty(key, value, ScriptableObject.EMPTY);
            } else {
                ScriptableObject.putProperty((Scriptable) obj, key, value);
            }
        }

        @Override
        public boolean isArray(Object value) {
            return value instanceof org.mozilla.javascript.NativeArray;
        }

        @Override
        public Object newArray(Object first, Object second) {
            return cx.newArray(scope, new Object[] {first, second});
        }

        @Override
        public Object undefined() {
            return org.mozilla.javascript.Undefined.instance;
        }

        @Override
        public void push(Object array, Object value) {
            org.mozilla.javascript.NativeArray a = (org.mozilla.javascript.NativeArray) array;
            a.put((int) a.getLength(), a, value);
        }
    }
}
