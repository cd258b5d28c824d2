package vn.tochuc.portal.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends, whoever sends them (Hibernate, JdbcTemplate):
 * import {@link Setup} into a test and wrap the work in {@link #count}.
 */
public final class StatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> counting = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> skippingCounts = new ThreadLocal<>();

	private StatementCounter() {
	}

	/** How many statements the work sent on this thread. */
	public static int count(Callable<?> work) throws Exception {
		return count(work, false);
	}

	/**
	 * How many statements the work sent on this thread, leaving out {@code select count(…)}: a
	 * paged list asks for its total only once its first page is full (Spring Data skips it
	 * otherwise), so that one statement depends on the number of items without being per item.
	 */
	public static int countWithoutTotals(Callable<?> work) throws Exception {
		return count(work, true);
	}

	private static int count(Callable<?> work, boolean withoutTotals) throws Exception {
		int[] counter = new int[1];
		counting.set(counter);
		skippingCounts.set(withoutTotals);
		try {
			work.call();
		}
		finally {
			counting.remove();
			skippingCounts.remove();
		}
		return counter[0];
	}

	private static boolean isTotal(Object[] args) {
		return Boolean.TRUE.equals(skippingCounts.get()) && args != null && args.length > 0 && args[0] instanceof String sql
				&& sql.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("select count(");
	}

	static Connection counted(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					int[] counter = counting.get();
					if (counter != null && STATEMENT_METHODS.contains(method.getName()) && !isTotal(args)) {
						counter[0]++;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Setup {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
						return new CountingDataSource(dataSource);
					}
					return bean;
				}
			};
		}

	}

	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

	}

}
