// WHATWG URL and URLSearchParams against known answers computed with Node (tables below; regenerate with
// new URL(input, base) in Node and paste). Rhino-safe syntax.

const KEYS = ["href","origin","protocol","username","password","host","hostname","port","pathname","search","hash"];
// [input, base, [values of KEYS] or null when Node throws]: generated with Node v20.20.2
const CASES = [
  ["http://example.com",null,["http://example.com/","http://example.com","http:","","","example.com","example.com","","/","",""]],
  ["HTTP://EXAMPLE.COM:80/",null,["http://example.com/","http://example.com","http:","","","example.com","example.com","","/","",""]],
  ["https://example.com:443/x",null,["https://example.com/x","https://example.com","https:","","","example.com","example.com","","/x","",""]],
  ["https://example.com:8443/x",null,["https://example.com:8443/x","https://example.com:8443","https:","","","example.com:8443","example.com","8443","/x","",""]],
  ["ws://h:80/",null,["ws://h/","ws://h","ws:","","","h","h","","/","",""]],
  ["wss://h:443/p",null,["wss://h/p","wss://h","wss:","","","h","h","","/p","",""]],
  ["ftp://h:21/f",null,["ftp://h/f","ftp://h","ftp:","","","h","h","","/f","",""]],
  ["ftp://h:22/f",null,["ftp://h:22/f","ftp://h:22","ftp:","","","h:22","h","22","/f","",""]],
  ["http://user:pass@host/",null,["http://user:pass@host/","http://host","http:","user","pass","host","host","","/","",""]],
  ["http://user@host/",null,["http://user@host/","http://host","http:","user","","host","host","","/","",""]],
  ["http://:pass@host/",null,["http://:pass@host/","http://host","http:","","pass","host","host","","/","",""]],
  ["http://a@b@c/",null,["http://a%40b@c/","http://c","http:","a%40b","","c","c","","/","",""]],
  ["http://us er:p@ss@h/",null,["http://us%20er:p%40ss@h/","http://h","http:","us%20er","p%40ss","h","h","","/","",""]],
  ["http://h/a/./b/../c",null,["http://h/a/c","http://h","http:","","","h","h","","/a/c","",""]],
  ["http://h/a/%2e/b/%2E%2e/c",null,["http://h/a/c","http://h","http:","","","h","h","","/a/c","",""]],
  ["http://h/..",null,["http://h/","http://h","http:","","","h","h","","/","",""]],
  ["http://h/a/b/..",null,["http://h/a/","http://h","http:","","","h","h","","/a/","",""]],
  ["http://h/a/b/.",null,["http://h/a/b/","http://h","http:","","","h","h","","/a/b/","",""]],
  ["http://h/a b/ü?q r=ü#f g ü",null,["http://h/a%20b/%C3%BC?q%20r=%C3%BC#f%20g%20%C3%BC","http://h","http:","","","h","h","","/a%20b/%C3%BC","?q%20r=%C3%BC","#f%20g%20%C3%BC"]],
  ["http://h/{}|`^",null,["http://h/%7B%7D|%60^","http://h","http:","","","h","h","","/%7B%7D|%60^","",""]],
  ["http://h/?a='b'",null,["http://h/?a=%27b%27","http://h","http:","","","h","h","","/","?a=%27b%27",""]],
  ["foo://h/?a='b'",null,["foo://h/?a='b'","null","foo:","","","h","h","","/","?a='b'",""]],
  ["http://h\\a\\b",null,["http://h/a/b","http://h","http:","","","h","h","","/a/b","",""]],
  ["http:\\\\h\\a",null,["http://h/a","http://h","http:","","","h","h","","/a","",""]],
  ["http:/h/a",null,["http://h/a","http://h","http:","","","h","h","","/a","",""]],
  ["http:h/a",null,["http://h/a","http://h","http:","","","h","h","","/a","",""]],
  ["  http://h/a  ",null,["http://h/a","http://h","http:","","","h","h","","/a","",""]],
  ["http://h/a\tb\nc",null,["http://h/abc","http://h","http:","","","h","h","","/abc","",""]],
  ["http://127.0.0.1/",null,["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]],
  ["http://0x7f.0.0.1/",null,["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]],
  ["http://0177.0.0.1/",null,["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]],
  ["http://2130706433/",null,["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]],
  ["http://127.1/",null,["http://127.0.0.1/","http://127.0.0.1","http:","","","127.0.0.1","127.0.0.1","","/","",""]],
  ["http://1.2.3.4.5/",null,null],
  ["http://256.0.0.1/",null,null],
  ["http://1.2.3.4./",null,["http://1.2.3.4/","http://1.2.3.4","http:","","","1.2.3.4","1.2.3.4","","/","",""]],
  ["http://999999999999/",null,null],
  ["http://[::1]/",null,["http://[::1]/","http://[::1]","http:","","","[::1]","[::1]","","/","",""]],
  ["http://[0:0:0:0:0:0:0:1]:8080/",null,["http://[::1]:8080/","http://[::1]:8080","http:","","","[::1]:8080","[::1]","8080","/","",""]],
  ["http://[2001:db8::ff00:42:8329]/",null,["http://[2001:db8::ff00:42:8329]/","http://[2001:db8::ff00:42:8329]","http:","","","[2001:db8::ff00:42:8329]","[2001:db8::ff00:42:8329]","","/","",""]],
  ["http://[::ffff:192.168.0.1]/",null,["http://[::ffff:c0a8:1]/","http://[::ffff:c0a8:1]","http:","","","[::ffff:c0a8:1]","[::ffff:c0a8:1]","","/","",""]],
  ["http://[1:0:0:2:0:0:0:3]/",null,["http://[1:0:0:2::3]/","http://[1:0:0:2::3]","http:","","","[1:0:0:2::3]","[1:0:0:2::3]","","/","",""]],
  ["http://[1::]/",null,["http://[1::]/","http://[1::]","http:","","","[1::]","[1::]","","/","",""]],
  ["http://[:1]/",null,null],
  ["http://[1:2:3:4:5:6:7:8:9]/",null,null],
  ["http://[::1/",null,null],
  ["http://EXAMPLE.com./",null,["http://example.com./","http://example.com.","http:","","","example.com.","example.com.","","/","",""]],
  ["http://ex%41mple.com/",null,["http://example.com/","http://example.com","http:","","","example.com","example.com","","/","",""]],
  ["http://exa mple.com/",null,null],
  ["http://exa<mple.com/",null,null],
  ["http://münchen.de/",null,["http://xn--mnchen-3ya.de/","http://xn--mnchen-3ya.de","http:","","","xn--mnchen-3ya.de","xn--mnchen-3ya.de","","/","",""]],
  ["http://xn--mnchen-3ya.de/",null,["http://xn--mnchen-3ya.de/","http://xn--mnchen-3ya.de","http:","","","xn--mnchen-3ya.de","xn--mnchen-3ya.de","","/","",""]],
  ["http://%zz/",null,null],
  ["http://h:65535/",null,["http://h:65535/","http://h:65535","http:","","","h:65535","h","65535","/","",""]],
  ["http://h:65536/",null,null],
  ["http://h:/",null,["http://h/","http://h","http:","","","h","h","","/","",""]],
  ["http://h:0/",null,["http://h:0/","http://h:0","http:","","","h:0","h","0","/","",""]],
  ["http://h:08/",null,["http://h:8/","http://h:8","http:","","","h:8","h","8","/","",""]],
  ["http://h:a/",null,null],
  ["http://",null,null],
  ["http:///h",null,["http://h/","http://h","http:","","","h","h","","/","",""]],
  ["https:",null,null],
  ["file:///etc/passwd",null,["file:///etc/passwd","null","file:","","","","","","/etc/passwd","",""]],
  ["file://localhost/etc",null,["file:///etc","null","file:","","","","","","/etc","",""]],
  ["file://host/share/x",null,["file://host/share/x","null","file:","","","host","host","","/share/x","",""]],
  ["file:///C:/a/../..",null,["file:///C:/","null","file:","","","","","","/C:/","",""]],
  ["file:///C|/x",null,["file:///C:/x","null","file:","","","","","","/C:/x","",""]],
  ["file:/x",null,["file:///x","null","file:","","","","","","/x","",""]],
  ["file:x",null,["file:///x","null","file:","","","","","","/x","",""]],
  ["file:c:\\x\\y",null,["file:///c:/x/y","null","file:","","","","","","/c:/x/y","",""]],
  ["file://C:/x",null,["file:///C:/x","null","file:","","","","","","/C:/x","",""]],
  ["mailto:me@example.org",null,["mailto:me@example.org","null","mailto:","","","","","","me@example.org","",""]],
  ["javascript:alert(1) ",null,["javascript:alert(1)","null","javascript:","","","","","","alert(1)","",""]],
  ["data:text/plain,hi there",null,["data:text/plain,hi there","null","data:","","","","","","text/plain,hi there","",""]],
  ["urn:isbn:0451450523",null,["urn:isbn:0451450523","null","urn:","","","","","","isbn:0451450523","",""]],
  ["blob:https://example.com/uuid",null,["blob:https://example.com/uuid","https://example.com","blob:","","","","","","https://example.com/uuid","",""]],
  ["blob:foo",null,["blob:foo","null","blob:","","","","","","foo","",""]],
  ["sc://h:1/p?q#f",null,["sc://h:1/p?q#f","null","sc:","","","h:1","h","1","/p","?q","#f"]],
  ["sc://ñ/x",null,["sc://%C3%B1/x","null","sc:","","","%C3%B1","%C3%B1","","/x","",""]],
  ["sc://h%20/",null,["sc://h%20/","null","sc:","","","h%20","h%20","","/","",""]],
  ["sc:/a/../b",null,["sc:/b","null","sc:","","","","","","/b","",""]],
  ["sc:",null,["sc:","null","sc:","","","","","","","",""]],
  ["non-special://h/a/../b",null,["non-special://h/b","null","non-special:","","","h","h","","/b","",""]],
  ["git+ssh://git@github.com/a/b.git",null,["git+ssh://git@github.com/a/b.git","null","git+ssh:","git","","github.com","github.com","","/a/b.git","",""]],
  ["a1+-.b://x",null,["a1+-.b://x","null","a1+-.b:","","","x","x","","","",""]],
  ["1a://x",null,null],
  ["noscheme",null,null],
  ["",null,null],
  ["?x","http://h/a/b?q#f",["http://h/a/b?x","http://h","http:","","","h","h","","/a/b","?x",""]],
  ["#y","http://h/a/b?q#f",["http://h/a/b?q#y","http://h","http:","","","h","h","","/a/b","?q","#y"]],
  ["","http://h/a/b?q#f",["http://h/a/b?q","http://h","http:","","","h","h","","/a/b","?q",""]],
  ["c","http://h/a/b",["http://h/a/c","http://h","http:","","","h","h","","/a/c","",""]],
  ["./c","http://h/a/b",["http://h/a/c","http://h","http:","","","h","h","","/a/c","",""]],
  ["../c","http://h/a/b",["http://h/c","http://h","http:","","","h","h","","/c","",""]],
  ["../../../c","http://h/a/b",["http://h/c","http://h","http:","","","h","h","","/c","",""]],
  ["/c","http://h/a/b",["http://h/c","http://h","http:","","","h","h","","/c","",""]],
  ["//other/c","http://h/a/b",["http://other/c","http://other","http:","","","other","other","","/c","",""]],
  ["\\\\other\\c","http://h/a/b",["http://other/c","http://other","http:","","","other","other","","/c","",""]],
  ["https:x","http://h/a/b",["https://x/","https://x","https:","","","x","x","","/","",""]],
  ["http:x","http://h/a/b",["http://h/a/x","http://h","http:","","","h","h","","/a/x","",""]],
  ["http:/x","http://h/a/b",["http://h/x","http://h","http:","","","h","h","","/x","",""]],
  ["g;x?y#s","http://a/b/c/d;p?q",["http://a/b/c/g;x?y#s","http://a","http:","","","a","a","","/b/c/g;x","?y","#s"]],
  ["g?y/./x","http://a/b/c/d;p?q",["http://a/b/c/g?y/./x","http://a","http:","","","a","a","","/b/c/g","?y/./x",""]],
  ["..","http://a/b/c/d;p?q",["http://a/b/","http://a","http:","","","a","a","","/b/","",""]],
  ["../..","http://a/b/c/d;p?q",["http://a/","http://a","http:","","","a","a","","/","",""]],
  ["#f","mailto:x",["mailto:x#f","null","mailto:","","","","","","x","","#f"]],
  ["y","mailto:x",null],
  ["x","sc://h/a/b",["sc://h/a/x","null","sc:","","","h","h","","/a/x","",""]],
  ["/x","sc://h/a/b",["sc://h/x","null","sc:","","","h","h","","/x","",""]],
  ["x","file:///C:/a/b",["file:///C:/a/x","null","file:","","","","","","/C:/a/x","",""]],
  ["/x","file:///C:/a/b",["file:///C:/x","null","file:","","","","","","/C:/x","",""]],
  ["//h2/x","file:///a",["file://h2/x","null","file:","","","h2","h2","","/x","",""]],
  ["?q","file:///a/b",["file:///a/b?q","null","file:","","","","","","/a/b","?q",""]],
  ["C|/y","file:///a/b",["file:///C:/y","null","file:","","","","","","/C:/y","",""]],
  ["x","data:text/plain,a",null],
  ["http://h/?a=1&b=2+3&c=%20",null,["http://h/?a=1&b=2+3&c=%20","http://h","http:","","","h","h","","/","?a=1&b=2+3&c=%20",""]],
  ["http://h/p?#",null,["http://h/p?#","http://h","http:","","","h","h","","/p","",""]],
  ["http://h/p?",null,["http://h/p?","http://h","http:","","","h","h","","/p","",""]],
  ["http://h/p#",null,["http://h/p#","http://h","http:","","","h","h","","/p","",""]],
  ["http://h/%",null,["http://h/%","http://h","http:","","","h","h","","/%","",""]],
  ["http://h/%4",null,["http://h/%4","http://h","http:","","","h","h","","/%4","",""]],
  ["HtTpS://WWW.Ex.COM/A?B#C",null,["https://www.ex.com/A?B#C","https://www.ex.com","https:","","","www.ex.com","www.ex.com","","/A","?B","#C"]],
  ["http://h/\u0000x",null,["http://h/%00x","http://h","http:","","","h","h","","/%00x","",""]],
  ["http://h/😀?😀#😀",null,["http://h/%F0%9F%98%80?%F0%9F%98%80#%F0%9F%98%80","http://h","http:","","","h","h","","/%F0%9F%98%80","?%F0%9F%98%80","#%F0%9F%98%80"]],
  ["http://example.com/foo/%2e%2",null,["http://example.com/foo/%2e%2","http://example.com","http:","","","example.com","example.com","","/foo/%2e%2","",""]],
  ["http://[::127.0.0.1]",null,["http://[::7f00:1]/","http://[::7f00:1]","http:","","","[::7f00:1]","[::7f00:1]","","/","",""]],
  ["http://[0:0:0:0:0:0:13.1.68.3]",null,["http://[::d01:4403]/","http://[::d01:4403]","http:","","","[::d01:4403]","[::d01:4403]","","/","",""]],
  ["http://a:b@c:29/d",null,["http://a:b@c:29/d","http://c:29","http:","a","b","c:29","c","29","/d","",""]],
  ["http:/example.com/",null,["http://example.com/","http://example.com","http:","","","example.com","example.com","","/","",""]],
  ["file://localhost",null,["file:///","null","file:","","","","","","/","",""]],
  ["file:..","http://www.example.com/test",["file:///","null","file:","","","","","","/","",""]],
  ["http://www.google.com/foo?bar=baz# »",null,["http://www.google.com/foo?bar=baz#%20%C2%BB","http://www.google.com","http:","","","www.google.com","www.google.com","","/foo","?bar=baz","#%20%C2%BB"]],
  ["non-spec:/.//",null,["non-spec:/.//","null","non-spec:","","","","","","//","",""]],
  ["non-spec:/..//p",null,["non-spec:/.//p","null","non-spec:","","","","","","//p","",""]],
  ["http://10000000000",null,null],
  ["http://4294967295",null,["http://255.255.255.255/","http://255.255.255.255","http:","","","255.255.255.255","255.255.255.255","","/","",""]],
  ["http://4294967296",null,null],
  ["http://0x100000000",null,null],
  ["http://1.2.3.08",null,null],
  ["http://09.2.3.4",null,null],
  ["http://foo.09",null,null],
  ["http://foo.0x4",null,null],
  ["http://foo.0x",null,null],
  ["http://0x.0x.0",null,["http://0.0.0.0/","http://0.0.0.0","http:","","","0.0.0.0","0.0.0.0","","/","",""]],
  ["http://%30%78%63%30%2e%30%32%35%30.01",null,["http://192.168.0.1/","http://192.168.0.1","http:","","","192.168.0.1","192.168.0.1","","/","",""]],
  ["http://%ef%bc%85%ef%bc%94%ef%bc%91.com",null,null],
  ["http://ＧＯ.com",null,["http://go.com/","http://go.com","http:","","","go.com","go.com","","/","",""]],
  ["http://www.foo。bar.com",null,["http://www.foo.bar.com/","http://www.foo.bar.com","http:","","","www.foo.bar.com","www.foo.bar.com","","/","",""]],
  ["http://­/",null,null],
  ["https://x/\u0000y",null,["https://x/%00y","https://x","https:","","","x","x","","/%00y","",""]],
  ["https://faß.ExAmPlE/",null,["https://xn--fa-hia.example/","https://xn--fa-hia.example","https:","","","xn--fa-hia.example","xn--fa-hia.example","","/","",""]],
  ["sc://faß.ExAmPlE/",null,["sc://fa%C3%9F.ExAmPlE/","null","sc:","","","fa%C3%9F.ExAmPlE","fa%C3%9F.ExAmPlE","","/","",""]],
  ["http://[1:0::]",null,["http://[1::]/","http://[1::]","http:","","","[1::]","[1::]","","/","",""]],
  ["http://[0:1:0:1:0:1:0:1]",null,["http://[0:1:0:1:0:1:0:1]/","http://[0:1:0:1:0:1:0:1]","http:","","","[0:1:0:1:0:1:0:1]","[0:1:0:1:0:1:0:1]","","/","",""]],
  ["http://[1:0:0:0:0:0:0:0]",null,["http://[1::]/","http://[1::]","http:","","","[1::]","[1::]","","/","",""]],
  ["http://[::1.2.3.]",null,null],
  ["http://[::1.2.3.4x]",null,null],
  ["http://[::1:2:3:4:5:6:7:8]",null,null],
  ["\\\\server\\file","file:///tmp/mock/path",["file://server/file","null","file:","","","server","server","","/file","",""]],
  ["/\\server/file","file:///tmp/mock/path",["file://server/file","null","file:","","","server","server","","/file","",""]],
  ["file:///C:/../../","",null],
  ["file:/C|/",null,["file:///C:/","null","file:","","","","","","/C:/","",""]],
  ["file://C|/",null,["file:///C:/","null","file:","","","","","","/C:/","",""]],
  ["//example.org/../x","file:///C:/a",["file://example.org/x","null","file:","","","example.org","example.org","","/x","",""]],
  ["..","file:///C:/",["file:///C:/","null","file:","","","","","","/C:/","",""]],
  ["a/../..","sc://h/b/c",["sc://h/","null","sc:","","","h","h","","/","",""]],
  ["test-a-colon-slash-slash-b.html","a://b",["a://b/test-a-colon-slash-slash-b.html","null","a:","","","b","b","","/test-a-colon-slash-slash-b.html","",""]],
  ["http://example.com/foo\t%91",null,["http://example.com/foo%C2%91%91","http://example.com","http:","","","example.com","example.com","","/foo%C2%91%91","",""]],
  ["http://example.com/𐏿﷐￾",null,["http://example.com/%F0%90%8F%BF%EF%B7%90%EF%BF%BE","http://example.com","http:","","","example.com","example.com","","/%F0%90%8F%BF%EF%B7%90%EF%BF%BE","",""]],
  ["http://user:pass@/",null,null],
  ["http://@host/",null,["http://host/","http://host","http:","","","host","host","","/","",""]],
  ["http://:@host/",null,["http://host/","http://host","http:","","","host","host","","/","",""]],
  ["http://h/?q=\ud800",null,["http://h/?q=%EF%BF%BD","http://h","http:","","","h","h","","/","?q=%EF%BF%BD",""]],
  ["ws:h",null,["ws://h/","ws://h","ws:","","","h","h","","/","",""]],
  ["wss:/h",null,["wss://h/","wss://h","wss:","","","h","h","","/","",""]],
  ["ftp://[::1]:21/",null,["ftp://[::1]/","ftp://[::1]","ftp:","","","[::1]","[::1]","","/","",""]],
  ["javascript:/../foo",null,["javascript:/foo","null","javascript:","","","","","","/foo","",""]],
  ["data:/../x",null,["data:/x","null","data:","","","","","","/x","",""]],
  ["sc://@/",null,null],
  ["sc://te@s:t@/",null,null],
  ["sc://:/",null,null],
  ["sc://:12/",null,null],
  ["http://example.com/😀",null,["http://example.com/%F0%9F%98%80","http://example.com","http:","","","example.com","example.com","","/%F0%9F%98%80","",""]],
  ["https://%41.com",null,["https://a.com/","https://a.com","https:","","","a.com","a.com","","/","",""]],
  ["http://a.b.c.d.e/",null,["http://a.b.c.d.e/","http://a.b.c.d.e","http:","","","a.b.c.d.e","a.b.c.d.e","","/","",""]],
  ["http://1.2.3.4.",null,["http://1.2.3.4/","http://1.2.3.4","http:","","","1.2.3.4","1.2.3.4","","/","",""]],
  ["http://1.2.3..",null,["http://1.2.3../","http://1.2.3..","http:","","","1.2.3..","1.2.3..","","/","",""]],
  ["http://0..0x300/",null,null],
  ["http://256.256.256.256.256/",null,null],
  ["http://[::]",null,["http://[::]/","http://[::]","http:","","","[::]","[::]","","/","",""]],
  ["http://[1:2:3:4:5:6:1.2.3.4]",null,["http://[1:2:3:4:5:6:102:304]/","http://[1:2:3:4:5:6:102:304]","http:","","","[1:2:3:4:5:6:102:304]","[1:2:3:4:5:6:102:304]","","/","",""]],
  ["http://[::ffff:0:0]/",null,["http://[::ffff:0:0]/","http://[::ffff:0:0]","http:","","","[::ffff:0:0]","[::ffff:0:0]","","/","",""]],
  ["http://host:0000080/",null,["http://host/","http://host","http:","","","host","host","","/","",""]],
  ["http://h:+80/",null,null],
];

// [href, property, value, href after the setter]: generated with Node v20.20.2
const SETTERS = [
  ["http://h/p","protocol","https","https://h/p"],
  ["http://h/p","protocol","ftp:","ftp://h/p"],
  ["http://h/p","protocol","foo","http://h/p"],
  ["foo://h/p","protocol","http","foo://h/p"],
  ["http://h:443/p","protocol","https","https://h/p"],
  ["http://u@h/","protocol","file","http://u@h/"],
  ["http://h/","protocol","1x","http://h/"],
  ["sc://h/","protocol","other","other://h/"],
  ["http://h/p","username","a b@c","http://a%20b%40c@h/p"],
  ["http://h/p","password","p:w/","http://:p%3Aw%2F@h/p"],
  ["file:///p","username","x","file:///p"],
  ["mailto:x","username","y","mailto:x"],
  ["http://u:p@h/p","username","","http://:p@h/p"],
  ["http://u:p@h/p","password","","http://u@h/p"],
  ["http://h/p","host","other:8080","http://other:8080/p"],
  ["http://h/p","host","other:80","http://other/p"],
  ["http://h:81/p","host","x","http://x:81/p"],
  ["http://h/p","host","","http://h/p"],
  ["http://h/p","host","a b","http://h/p"],
  ["http://h/p","host","[::1]:9","http://[::1]:9/p"],
  ["http://h/p","host","x/y?z","http://x/p"],
  ["sc://h/p","host","","sc:///p"],
  ["mailto:x","host","h","mailto:x"],
  ["http://h:81/p","hostname","x:99","http://h:81/p"],
  ["http://h/p","hostname","EXAMPLE.org","http://example.org/p"],
  ["file://h/p","hostname","localhost","file:///p"],
  ["file:///p","host","srv","file://srv/p"],
  ["http://h/p","port","8080","http://h:8080/p"],
  ["http://h/p","port","80","http://h/p"],
  ["http://h:81/p","port","","http://h/p"],
  ["http://h/p","port","12ab","http://h:12/p"],
  ["http://h/p","port","ab","http://h/p"],
  ["http://h/p","port","99999","http://h/p"],
  ["file:///p","port","1","file:///p"],
  ["https://h/p","port","443","https://h/p"],
  ["http://h/p","pathname","a/b","http://h/a/b"],
  ["http://h/p","pathname","/a b/../c?#","http://h/c%3F%23"],
  ["http://h/p","pathname","\\x\\y","http://h/x/y"],
  ["sc://h/p","pathname","x\\y","sc://h/x\\y"],
  ["mailto:x","pathname","y","mailto:x"],
  ["sc:/p","pathname","","sc:/"],
  ["sc://h/p","pathname","","sc://h"],
  ["http://h/p","search","a=1&b=2","http://h/p?a=1&b=2"],
  ["http://h/p","search","?x y#z","http://h/p?x%20y%23z"],
  ["http://h/p?q","search","","http://h/p"],
  ["http://h/p?q","search","?","http://h/p?"],
  ["sc://h/p","search","a'b","sc://h/p?a'b"],
  ["http://h/p","search","a'b","http://h/p?a%27b"],
  ["http://h/p","hash","x y","http://h/p#x%20y"],
  ["http://h/p#a","hash","","http://h/p"],
  ["http://h/p","hash","#","http://h/p#"],
  ["http://h/p","hash","##x`","http://h/p##x%60"],
  ["data:space  ?q","search","","data:space"],
  ["data:space  #f","hash","","data:space"],
  ["http://h/p","href","https://other/x?y","https://other/x?y"],
];
// [init, entries, toString()]: generated with Node v20.20.2
const PARAMS = [
  ["a=1&b=2&a=3",[["a","1"],["b","2"],["a","3"]],"a=1&b=2&a=3"],
  ["?x=%20y+z&&=&k",[["x"," y z"],["",""],["k",""]],"x=+y+z&=&k="],
  ["q=%E2%82%AC&bad=%ZZ&%F0",[["q","€"],["bad","%ZZ"],["�",""]],"q=%E2%82%AC&bad=%25ZZ&%EF%BF%BD="],
  ["a==b=c&+=+",[["a","=b=c"],[" "," "]],"a=%3Db%3Dc&+=+"],
];

describe('URL parsing (Node 20 table)', () => {
  CASES.forEach(row => {
    const input = row[0], base = row[1], expected = row[2];
    it(`${JSON.stringify(input)}${base === null ? '' : ' against ' + base}`, () => {
      if (expected === null) {
        expect(() => (base === null ? new URL(input) : new URL(input, base))).toThrow(TypeError);
        expect(URL.canParse(input, base === null ? undefined : base)).toBe(false);
        return;
      }
      const url = base === null ? new URL(input) : new URL(input, base);
      expect(KEYS.map(k => url[k])).toEqual(expected);
      expect(URL.canParse(input, base === null ? undefined : base)).toBe(true);
    });
  });
});

describe('URL setters (Node 20 table)', () => {
  SETTERS.forEach(row => {
    it(`${row[0]} .${row[1]} = ${JSON.stringify(row[2])}`, () => {
      const url = new URL(row[0]);
      url[row[1]] = row[2];
      expect(url.href).toBe(row[3]);
    });
  });
  it('href setter throws on an invalid URL and keeps the old value', () => {
    const url = new URL('http://h/p');
    expect(() => { url.href = 'nope'; }).toThrow(TypeError);
    expect(url.href).toBe('http://h/p');
  });
});

describe('URL object', () => {
  it('throws TypeError with code ERR_INVALID_URL and the input', () => {
    let err;
    try { new URL('not a url'); } catch (e) { err = e; }
    expect(err instanceof TypeError).toBe(true);
    expect(err.code).toBe('ERR_INVALID_URL');
    expect(err.input).toBe('not a url');
    expect(err.message).toBe('Invalid URL');
    expect(() => new URL('x', 'bad base')).toThrow('Invalid URL');
  });
  it('accepts a URL as base and stringifies input', () => {
    const base = new URL('http://h/a/b');
    expect(new URL('c', base).href).toBe('http://h/a/c');
    expect(new URL({ toString: () => 'http://x/' }).href).toBe('http://x/');
  });
  it('toString, toJSON, String() and the tag', () => {
    const url = new URL('http://h/p?q#f');
    expect(url.toString()).toBe('http://h/p?q#f');
    expect(url.toJSON()).toBe('http://h/p?q#f');
    expect(JSON.stringify({ url })).toBe('{"url":"http://h/p?q#f"}');
    expect(`${url}`).toBe('http://h/p?q#f');
    expect(Object.prototype.toString.call(url)).toBe('[object URL]');
    expect(url instanceof URL).toBe(true);
  });
  it('URL.parse returns null instead of throwing', () => {
    expect(URL.parse('nope')).toBe(null);
    expect(URL.parse('/x', 'http://h/a').href).toBe('http://h/x');
  });
  it('searchParams are live in both directions', () => {
    const url = new URL('http://h/p?a=1&b=2');
    const params = url.searchParams;
    expect(params.get('a')).toBe('1');
    params.append('c', 'x y');
    expect(url.search).toBe('?a=1&b=2&c=x+y');
    params.delete('a');
    expect(url.href).toBe('http://h/p?b=2&c=x+y');
    url.search = '?z=9';
    expect(params.get('z')).toBe('9');
    expect(params.has('b')).toBe(false);
    expect(url.searchParams).toBe(params);
    params.delete('z');
    expect(url.href).toBe('http://h/p');
    url.href = 'http://o/?k=v';
    expect(params.get('k')).toBe('v');
  });
});

describe('util.inspect', () => {
  it('shows URL and URLSearchParams as Node does', () => {
    const util = require('node:util');
    expect(util.inspect(new URL('http://u@h:81/p?q=1#f'))).toBe("URL {\n  href: 'http://u@h:81/p?q=1#f',\n  origin: 'http://h:81',\n  protocol: 'http:',\n  username: 'u',\n  password: '',\n  host: 'h:81',\n  hostname: 'h',\n  port: '81',\n  pathname: '/p',\n  search: '?q=1',\n  searchParams: URLSearchParams { 'q' => '1' },\n  hash: '#f'\n}");
    expect(util.inspect(new URLSearchParams('a=1&b=x'))).toBe("URLSearchParams { 'a' => '1', 'b' => 'x' }");
    expect(util.inspect(new URLSearchParams())).toBe('URLSearchParams {}');
  });
});

describe('URLSearchParams', () => {
  PARAMS.forEach(row => {
    it(`parses ${JSON.stringify(row[0])} as Node does`, () => {
      const params = new URLSearchParams(row[0]);
      expect(Array.from(params)).toEqual(row[1]);
      expect(params.toString()).toBe(row[2]);
    });
  });
  it('from a record and from an iterable of pairs', () => {
    expect(new URLSearchParams({ a: 1, b: 'x y' }).toString()).toBe('a=1&b=x+y');
    expect(new URLSearchParams([['a', '1'], ['a', '2']]).getAll('a')).toEqual(['1', '2']);
    expect(new URLSearchParams(new Map([['k', 'v']])).toString()).toBe('k=v');
    expect(() => new URLSearchParams([['a']])).toThrow(TypeError);
  });
  it('encodes every ASCII character as Node does', () => {
    let s = '';
    for (let i = 0x20; i < 0x80; i++) s += String.fromCharCode(i);
    expect(new URLSearchParams([['a', s]]).toString()).toBe('a=+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E%7F');
  });
  it('append/set/get/getAll/has/delete/size', () => {
    const p = new URLSearchParams('a=1&b=2&a=3');
    expect(p.size).toBe(3);
    expect(p.get('a')).toBe('1');
    expect(p.get('nope')).toBe(null);
    expect(p.has('b')).toBe(true);
    expect(p.has('a', '3')).toBe(true);
    expect(p.has('a', '4')).toBe(false);
    p.set('a', 'z');
    expect(p.toString()).toBe('a=z&b=2');
    p.append('c', '');
    p.delete('b', 'nope');
    expect(p.toString()).toBe('a=z&b=2&c=');
    p.delete('b');
    expect(p.toString()).toBe('a=z&c=');
    expect(p.size).toBe(2);
  });
  it('sort is stable by name', () => {
    const p = new URLSearchParams('c=1&a=2&b=3&a=1');
    p.sort();
    expect(p.toString()).toBe('a=2&a=1&b=3&c=1');
  });
  it('iterates with forEach, keys, values, entries', () => {
    const p = new URLSearchParams('x=1&y=2');
    const seen = [];
    p.forEach(function (value, name, self) { seen.push([name, value, self === p, this.t]); }, { t: 'T' });
    expect(seen).toEqual([['x', '1', true, 'T'], ['y', '2', true, 'T']]);
    expect(Array.from(p.keys())).toEqual(['x', 'y']);
    expect(Array.from(p.values())).toEqual(['1', '2']);
    expect(Array.from(p.entries())).toEqual([['x', '1'], ['y', '2']]);
    expect(Object.prototype.toString.call(p)).toBe('[object URLSearchParams]');
    expect(Object.prototype.toString.call(p.keys())).toBe('[object URLSearchParams Iterator]');
  });
});

// The URL constructor reuses the parse of an input it has seen (whatwg.js parseCache): each URL must still own its
// record, whatever was done to an earlier URL of the same input.
describe('URLs of the same input', () => {
  it('do not share what their setters and searchParams change', () => {
    const input = 'https://user:pw@example.com:8443/a/b?x=1#frag';
    const first = new URL(input);
    first.pathname = '/changed/path';
    first.searchParams.append('y', '2');
    first.hash = '';
    first.username = 'other';
    first.port = '9443';
    first.host = 'example.org';
    const second = new URL(input);
    expect(second.href).toBe(input);
    expect(second.searchParams.get('y')).toBe(null);
    expect(first.href).toBe('https://other:pw@example.org:9443/changed/path?x=1&y=2');
    second.pathname = '/z';
    expect(first.pathname).toBe('/changed/path');
    expect(new URL(input).pathname).toBe('/a/b');
  });
  it('fail alike each time an input is invalid', () => {
    expect(() => new URL('http://exa mple.com/')).toThrow(TypeError);
    expect(() => new URL('http://exa mple.com/')).toThrow(TypeError);
    expect(new URL('/p', 'https://example.com/q').href).toBe('https://example.com/p');
  });
});
