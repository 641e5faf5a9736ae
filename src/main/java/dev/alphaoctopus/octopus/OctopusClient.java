package dev.alphaoctopus.octopus;

import dev.alphaoctopus.planning.Dispatch;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The Kraken GraphQL calls the agent needs. Every stage fails with an {@link OctopusException}
 * (itself, not wrapped), so callers can act on its type.
 */
public interface OctopusClient {

  /** {@code obtainKrakenToken} with the API key. */
  CompletionStage<KrakenToken> obtainToken(ApiKey apiKey);

  /** {@code obtainKrakenToken} with a refresh token. */
  CompletionStage<KrakenToken> refreshToken(RefreshToken refreshToken);

  /** {@code flexPlannedDispatches(deviceId)}, in Octopus's order. */
  CompletionStage<List<Dispatch>> plannedDispatches(KrakenToken token, String deviceId);

  /** {@code devices(accountNumber)}, keeping only live electric vehicles and charge points. */
  CompletionStage<List<FlexDevice>> liveElectricVehicles(KrakenToken token, String accountNumber);
}
