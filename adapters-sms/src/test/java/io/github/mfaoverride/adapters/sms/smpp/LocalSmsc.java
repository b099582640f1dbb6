package io.github.mfaoverride.adapters.sms.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP server (jSMPP's own) on a random loopback port: it accepts binds with one system id and password,
 * records every {@code submit_sm}, answers them as scripted, counts {@code enquire_link}s and can drop every
 * connection.
 */
public final class LocalSmsc implements AutoCloseable {

    /** A scripted answer that waits before accepting, to outlast the client's response timeout. */
    public static final int SLOW_OK = -1;

    /** One bind request as received. */
    public record Bind(String bindType, String systemId, String password) {
    }

    private final String systemId;
    private final String password;
    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Integer> scripted = new ConcurrentLinkedDeque<>();
    private final List<SubmitSm> submits = new ArrayList<>();
    private final List<Bind> binds = new ArrayList<>();
    private final List<SMPPServerSession> sessions = new ArrayList<>();
    private final AtomicInteger enquireLinks = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile boolean closed;

    private LocalSmsc(String systemId, String password) throws IOException {
        this.systemId = systemId;
        this.password = password;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.listener = new SMPPServerSessionListener(0, 0, 50, new LoopbackFactory());
        listener.setMessageReceiverListener(new Receiver());
        threads.submit(this::acceptLoop);
    }

    /** Starts a server accepting these credentials. */
    public static LocalSmsc start(String systemId, String password) throws IOException {
        return new LocalSmsc(systemId, password);
    }

    /** Returns the port it listens on. */
    public int port() {
        return socket.getLocalPort();
    }

    /** Answers the next submits with these command statuses in order (0 accepts, {@link #SLOW_OK} accepts late). */
    public void answerNextSubmits(int... statuses) {
        for (int status : statuses) {
            scripted.add(status);
        }
    }

    /** Returns the submits so far. */
    public synchronized List<SubmitSm> submits() {
        return List.copyOf(submits);
    }

    /** Returns the binds so far. */
    public synchronized List<Bind> binds() {
        return List.copyOf(binds);
    }

    /** Returns how many enquire_link PDUs arrived. */
    public int enquireLinks() {
        return enquireLinks.get();
    }

    /** Closes every open connection from the server side, as a carrier restarting would. */
    public synchronized void dropConnections() {
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        dropConnections();
        listener.close();
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                threads.submit(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            synchronized (this) {
                binds.add(new Bind(request.getBindType().name(), request.getSystemId(), request.getPassword()));
                sessions.add(session);
            }
            if (systemId.equals(request.getSystemId()) && password.equals(request.getPassword())) {
                request.accept("local-smsc");
            } else {
                request.reject(SmppStatus.ESME_RINVPASWD);
            }
        } catch (TimeoutException | IOException | org.jsmpp.PDUStringException e) {
            session.close();
        }
    }

    private SubmitSmResult answer(SubmitSm submit) throws ProcessRequestException {
        synchronized (this) {
            submits.add(submit);
        }
        int status = scripted.isEmpty() ? 0 : scripted.poll();
        if (status == SLOW_OK) {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (status != 0) {
            throw new ProcessRequestException("scripted status", status);
        }
        try {
            return new SubmitSmResult(new MessageId("m" + messageIds.incrementAndGet()), new OptionalParameter[0]);
        } catch (org.jsmpp.PDUStringException e) {
            throw new ProcessRequestException("bad message id", SmppStatus.ESME_RSYSERR, e);
        }
    }

    private final class LoopbackFactory implements ServerConnectionFactory {
        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) {
            return new ServerSocketConnection(socket);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            return answer(submitSm);
        }

        @Override
        public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
            enquireLinks.incrementAndGet();
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported here", SmppStatus.ESME_RSYSERR);
        }
    }
}
