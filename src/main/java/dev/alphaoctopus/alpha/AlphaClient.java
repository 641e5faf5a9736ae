package dev.alphaoctopus.alpha;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.Done;

/**
 * The Alpha ESS Open API operations the agent uses. No method throws: every stage fails with an
 * {@link AlphaApiException}, or with an {@link IllegalArgumentException} for a missing or blank
 * argument or a write the API would refuse, which is then never sent. A successful write means only
 * that the cloud took it: read back to know the inverter applied it.
 */
public interface AlphaClient {

  CompletionStage<List<EssSystem>> getEssList();

  CompletionStage<DischargeConfig> getDisChargeConfigInfo(String sysSn);

  /** Replaces the whole discharge config: all seven fields are sent. */
  CompletionStage<Done> updateDisChargeConfigInfo(String sysSn, DischargeConfig config);

  CompletionStage<ChargeConfig> getChargeConfigInfo(String sysSn);

  /** Replaces the whole charge config: all seven fields are sent. */
  CompletionStage<Done> updateChargeConfigInfo(String sysSn, ChargeConfig config);

  /** Fails with {@link AlphaApiException.NotEntitled} when the system has no periodic store. */
  CompletionStage<PeriodicSchedule> getTimeChargeBySn(String sysSn);

  CompletionStage<Done> setTimeChargeBySn(String sysSn, PeriodicSchedule schedule);

  CompletionStage<PowerData> getLastPowerData(String sysSn);
}
