import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Channels offered in every channel field; stored by these ids and shown in the user's language. */
export const PRESET_CHANNELS = ['ads', 'email', 'influencers', 'other'] as const;
/** Where spend goes when the owner leaves the channel empty. */
export const GENERAL_CHANNEL = 'general';
/** Names the report uses itself, so spend cannot be filed under them. */
export const RESERVED_CHANNELS = ['all', 'unattributed'] as const;

const KNOWN = [...PRESET_CHANNELS, GENERAL_CHANNEL] as const;
type KnownChannel = (typeof KNOWN)[number];

function isKnown(channel: string): channel is KnownChannel {
  return (KNOWN as readonly string[]).includes(channel);
}

export interface ChannelNames {
  /** What to show for a stored channel (`all` and `unattributed` included). */
  label(channel: string): string;
  /** The stored channel for what the owner typed or picked; empty means "not split by channel". */
  fromInput(text: string): string;
  /** Suggestions for a channel field: the presets plus channels already in use. */
  suggestions(inUse: string[]): string[];
}

/** Translates channel ids to names and back, so presets read naturally in every language. */
export function useChannelNames(): ChannelNames {
  const { t } = useTranslation('economics');
  return useMemo(() => {
    const label = (channel: string) => {
      if (channel === 'all') return t('allChannels');
      if (channel === 'unattributed') return t('unattributed');
      return isKnown(channel) ? t(`channels.${channel}`) : channel;
    };
    return {
      label,
      fromInput(text) {
        const trimmed = text.trim();
        if (trimmed === '') return GENERAL_CHANNEL;
        const preset = KNOWN.find((id) => t(`channels.${id}`).toLowerCase() === trimmed.toLowerCase());
        return preset ?? trimmed;
      },
      suggestions: (inUse) => [...new Set([...PRESET_CHANNELS, ...inUse.filter((c) => c !== GENERAL_CHANNEL && !(RESERVED_CHANNELS as readonly string[]).includes(c))].map(label))],
    };
  }, [t]);
}

export function isReservedChannel(channel: string): boolean {
  return (RESERVED_CHANNELS as readonly string[]).includes(channel.trim().toLowerCase());
}
