package io.github.mfaoverride.adapters.inmemory;

/**
 * The in-memory user directory and request store wired to one shared {@link InMemoryTransactions}, so that
 * the facade's transactions span both. Hand all three to {@code MfaOverride.builder()}.
 *
 * <p>Thread-safe.
 */
public final class InMemoryStore {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryUserDirectory directory = new InMemoryUserDirectory(transactions);
    private final InMemoryPhoneChangeRequests requests = new InMemoryPhoneChangeRequests(transactions);

    /**
     * Returns the transactions spanning both stores.
     *
     * @return the shared transactions, never null
     */
    public InMemoryTransactions transactions() {
        return transactions;
    }

    /**
     * Returns the users and organizations.
     *
     * @return the directory, never null
     */
    public InMemoryUserDirectory directory() {
        return directory;
    }

    /**
     * Returns the requests.
     *
     * @return the request store, never null
     */
    public InMemoryPhoneChangeRequests requests() {
        return requests;
    }
}
