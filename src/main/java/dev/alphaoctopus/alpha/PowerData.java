package dev.alphaoctopus.alpha;

/**
 * The latest power snapshot ({@code getLastPowerData}): state of charge in %, powers in W. A
 * positive {@code pbat} is the battery discharging, a positive {@code pgrid} is import.
 */
public record PowerData(double soc, double pbat, double pload, double pgrid, double pev) {}
