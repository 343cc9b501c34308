package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import io.netty.buffer.ByteBuf;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DefaultDnsRecordDecoder;
import io.netty.handler.codec.dns.DnsPtrRecord;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.DnsNameResolverTimeoutException;
import io.netty.resolver.dns.NoopDnsCache;
import io.vertx.core.internal.VertxInternal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DNS queries of node:dns (resolveMx, resolveTxt...) on the loop's Netty event loop, through the DNS resolver
 * Vert.x's own DnsClient is built on. Vert.x's DnsClient itself is not used: it joins a TXT record's strings, drops
 * TTLs and knows no SOA, CAA or ANY. One question to one server; the caller (dns.js) walks its server list and its
 * tries as c-ares does. Answers are flat lists per record: type, TTL, then the type's fields (see {@link #fields}).
 * Made on first use: a start that queries nothing builds no resolver.
 */
public final class DnsQueries {
    private final EventLoop loop;
    private final Map<Long, DnsNameResolver> byTimeout = new HashMap<>();

    private DnsQueries(EventLoop loop) {
        this.loop = loop;
    }

    public static DnsQueries of(EventLoop loop) {
        return loop.service(DnsQueries.class, DnsQueries::new);
    }

    /**
     * Asks {@code server}:{@code port} for {@code type} records of {@code name}; {@code done} gets a list of records
     * (each a list: type name, TTL, fields) or null with an error code as Node names them (ENOTFOUND, ENODATA,
     * ESERVFAIL, EREFUSED, ETIMEOUT, ECONNREFUSED...).
     */
    public void query(String server, int port, String name, String type, long timeoutMs, Exchange.Callback<List<List<Object>>> done) {
        DnsRecordType wanted = DnsRecordType.valueOf(type);
        DnsNameResolver resolver = resolver(timeoutMs);
        InetSocketAddress to = new InetSocketAddress(InetAddress.ofLiteral(server), port);
        loop.ref();
        resolver.query(to, new DefaultDnsQuestion(name, wanted)).addListener(f -> {
            List<List<Object>> records = null;
            Throwable error = null;
            if (f.isSuccess()) {
                @SuppressWarnings("unchecked")
                AddressedEnvelope<DnsResponse, InetSocketAddress> envelope = (AddressedEnvelope<DnsResponse, InetSocketAddress>) f.getNow();
                try {
                    DnsResponse response = envelope.content();
                    String code = errorCode(response.code());
                    if (code == null) {
                        records = answers(response, wanted);
                        if (records.isEmpty()) {
                            code = "ENODATA";
                        }
                    }
                    error = code == null ? null : new DnsError(code);
                } catch (RuntimeException e) {
                    error = new DnsError("EBADRESP");
                } finally {
                    envelope.release();
                }
            } else {
                error = new DnsError(failureCode(f.cause()));
            }
            List<List<Object>> value = error == null ? records : null;
            Throwable failure = error;
            loop.execute(() -> {
                loop.unref();
                done.done(value, failure);
            });
        });
    }

    /** A failed query: {@link #getMessage()} is Node's code. */
    public static final class DnsError extends RuntimeException {
        DnsError(String code) {
            super(code, null, false, false);
        }
    }

    private DnsNameResolver resolver(long timeoutMs) {
        return byTimeout.computeIfAbsent(timeoutMs, t -> {
            VertxInternal vertx = (VertxInternal) loop.vertx();
            EventLoopGroup group = vertx.nettyEventLoopGroup();
            return new DnsNameResolverBuilder(group.next())
                    .datagramChannelFactory(vertx.transport().datagramChannelFactory())
                    .queryTimeoutMillis(t)
                    .maxQueriesPerResolve(1)
                    .resolveCache(NoopDnsCache.INSTANCE)
                    .recursionDesired(true)
                    .build();
        });
    }

    private static String errorCode(DnsResponseCode code) {
        return switch (code.intValue()) {
            case 0 -> null;
            case 1 -> "EFORMERR";
            case 2 -> "ESERVFAIL";
            case 3 -> "ENOTFOUND";
            case 4 -> "ENOTIMP";
            case 5 -> "EREFUSED";
            default -> "EBADRESP";
        };
    }

    private static String failureCode(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof DnsNameResolverTimeoutException) {
                return "ETIMEOUT";
            }
            if (t instanceof PortUnreachableException) {
                return "ECONNREFUSED";
            }
        }
        return "ECONNREFUSED";
    }

    private static List<List<Object>> answers(DnsResponse response, DnsRecordType wanted) {
        List<List<Object>> out = new ArrayList<>();
        int count = response.count(DnsSection.ANSWER);
        for (int i = 0; i < count; i++) {
            DnsRecord record = response.recordAt(DnsSection.ANSWER, i);
            boolean match = wanted == DnsRecordType.ANY || record.type().equals(wanted);
            List<Object> fields = null;
            if (match && record instanceof DnsPtrRecord ptr) { // Netty decodes PTR names itself
                String host = ptr.hostname();
                fields = new ArrayList<>(List.of(host.endsWith(".") ? host.substring(0, host.length() - 1) : host));
            } else if (match && record instanceof DnsRawRecord raw) {
                fields = fields(record.type(), raw.content().duplicate());
            }
            if (fields != null) {
                List<Object> one = new ArrayList<>();
                one.add(record.type().name());
                one.add((double) record.timeToLive());
                one.addAll(fields);
                out.add(one);
            }
        }
        return out;
    }

    /**
     * One record's fields in Node's order: A/AAAA address; CNAME/NS/PTR name; MX priority, exchange; TXT its
     * strings; SRV priority, weight, port, name; SOA nsname, hostmaster, serial, refresh, retry, expire, minttl;
     * CAA flags, tag, value; NAPTR order, preference, flags, service, regexp, replacement. Null for other types.
     * The content is a view of the whole message, so compressed names decode.
     */
    static List<Object> fields(DnsRecordType type, ByteBuf in) {
        List<Object> f = new ArrayList<>();
        switch (type.name()) {
            case "A", "AAAA" -> {
                byte[] bytes = new byte[in.readableBytes()];
                in.readBytes(bytes);
                try {
                    f.add(AddressText.of(InetAddress.getByAddress(bytes).getHostAddress()));
                } catch (java.net.UnknownHostException e) {
                    return null;
                }
            }
            case "CNAME", "NS", "PTR" -> f.add(name(in));
            case "MX" -> {
                f.add((double) in.readUnsignedShort());
                f.add(name(in));
            }
            case "TXT" -> {
                while (in.isReadable()) {
                    f.add(in.readCharSequence(in.readUnsignedByte(), StandardCharsets.UTF_8).toString());
                }
            }
            case "SRV" -> {
                f.add((double) in.readUnsignedShort());
                f.add((double) in.readUnsignedShort());
                f.add((double) in.readUnsignedShort());
                f.add(name(in));
            }
            case "SOA" -> {
                f.add(name(in));
                f.add(name(in));
                for (int i = 0; i < 5; i++) {
                    f.add((double) in.readUnsignedInt());
                }
            }
            case "CAA" -> {
                f.add((double) in.readUnsignedByte());
                f.add(in.readCharSequence(in.readUnsignedByte(), StandardCharsets.US_ASCII).toString());
                f.add(in.readCharSequence(in.readableBytes(), StandardCharsets.UTF_8).toString());
            }
            case "NAPTR" -> {
                f.add((double) in.readUnsignedShort());
                f.add((double) in.readUnsignedShort());
                for (int i = 0; i < 3; i++) {
                    f.add(in.readCharSequence(in.readUnsignedByte(), StandardCharsets.UTF_8).toString());
                }
                f.add(name(in));
            }
            default -> {
                return null;
            }
        }
        return f;
    }

    private static String name(ByteBuf in) {
        String name = DefaultDnsRecordDecoder.decodeName(in);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
