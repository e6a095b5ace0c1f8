import { useEffect, useRef, useState } from 'react';
import { Overlay, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadIcon } from '../../icons/icons.tsx';
import { useImport } from './ImportProvider.tsx';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Accepts files dropped anywhere on the window and shows a calm overlay while they are dragged over it. */
export function WindowDropZone() {
  const { t } = useTranslation();
  const { importFiles } = useImport();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      importFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={1000} backgroundOpacity={0.45} blur={2} center>
      <Paper withBorder shadow="xl" p="xl" radius="lg" style={{ borderStyle: 'dashed', borderWidth: 2, pointerEvents: 'none' }}>
        <Stack align="center" gap="xs">
          <UploadIcon size={40} />
          <Title order={3}>{t('drop.title')}</Title>
          <Text c="dimmed">{t('drop.hint')}</Text>
        </Stack>
      </Paper>
    </Overlay>
  );
}
