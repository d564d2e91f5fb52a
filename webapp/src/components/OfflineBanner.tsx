/** Says the board is the copy kept on this device, and from when, while the server cannot be reached. */
export function offlineTime(instant: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

export function OfflineBanner({ asOf }: { asOf: string }) {
  return (
    <p role="status" className="offline-banner" data-testid="offline-banner">
      <strong>Offline — showing the board as of {offlineTime(asOf)}.</strong>{' '}
      <span>Check-ins you make now are kept on this device and sent when the server is back.</span>
    </p>
  );
}
