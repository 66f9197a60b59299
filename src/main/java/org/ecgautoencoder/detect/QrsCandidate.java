package org.ecgautoencoder.detect;

/**
 * One peak of the integrated signal, measured for the decision rules.
 *
 * @param integratedIndex where the integrated signal peaked (the detector's own time base)
 * @param integratedPeak its height (PEAKI)
 * @param filteredPeak the band-passed signal's largest absolute value over the integration window ending there
 *     (PEAKF)
 * @param steepestSlope the steepest band-passed slope over that window, in mV/s, for the T-wave test
 * @param rPeakIndex where the R wave would be if this is a QRS complex, in signal samples
 */
record QrsCandidate(
    int integratedIndex, double integratedPeak, double filteredPeak, double steepestSlope, int rPeakIndex) {}
