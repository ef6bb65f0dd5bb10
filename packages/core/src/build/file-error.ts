/** A file-system error in the words an editor understands, e.g. "permission denied". */
export function fileErrorReason(e: unknown): string {
  const err = e as { code?: string; message?: string };
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'a file is larger than the system allows (file size limit)';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'the symbolic links go round in a loop';
    case 'EIO':
      return 'input/output error from the disk';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
  }
}
