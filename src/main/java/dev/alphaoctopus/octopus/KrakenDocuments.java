package dev.alphaoctopus.octopus;

/**
 * The GraphQL documents the client sends. Values always travel as variables, never spliced into the
 * text, so an id or key can neither break nor change a query.
 */
final class KrakenDocuments {

  private KrakenDocuments() {}

  /** Used with {@code {"input": {"APIKey": …}}} or {@code {"input": {"refreshToken": …}}}. */
  static final String OBTAIN_TOKEN =
      "mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) {"
          + " obtainKrakenToken(input: $input) { token refreshToken refreshExpiresIn payload } }";

  static final String DEVICES =
      "query Devices($accountNumber: String!) {"
          + " devices(accountNumber: $accountNumber) {"
          + " id deviceType __typename status { current }"
          + " ... on SmartFlexVehicle { make model }"
          + " ... on SmartFlexChargePoint { make model } } }";

  static final String FLEX_PLANNED_DISPATCHES =
      "query FlexPlannedDispatches($deviceId: String!) {"
          + " flexPlannedDispatches(deviceId: $deviceId) { start end type energyAddedKwh } }";
}
