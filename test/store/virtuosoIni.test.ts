import { LARGE_VIRTUOSO, virtuosoIni } from '../helpers/virtuoso';

const STOCK = `[Database]
DatabaseFile = /var/lib/virtuoso-opensource-7/db/virtuoso.db
[Parameters]
ServerPort = 1111
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
[HTTPServer]
ServerPort = 8890
[SPARQL]
ResultSetMaxRows           = 10000
MaxQueryCostEstimationTime = 400	; in seconds
MaxQueryExecutionTime      = 60	; in seconds
[Other]
NumberOfBuffers = 5
`;

describe('virtuosoIni', () => {
  it('moves the database into the folder and binds both servers to 127.0.0.1, stock sizes kept', () => {
    const ini = virtuosoIni(STOCK, '/tmp/v', 2000, 3000);
    expect(ini).toContain('DatabaseFile = /tmp/v/virtuoso.db');
    expect(ini).toContain('ServerPort = 127.0.0.1:2000');
    expect(ini).toContain('ServerPort = 127.0.0.1:3000');
    expect(ini).toContain('DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, /tmp/v');
    expect(ini).toContain('NumberOfBuffers          = 10000');
    expect(ini).toContain('ResultSetMaxRows           = 10000');
  });

  it('sets the buffers and the question limits in their own sections only when a size is given', () => {
    const ini = virtuosoIni(STOCK, '/tmp/v', 2000, 3000, LARGE_VIRTUOSO);
    expect(ini).toContain('NumberOfBuffers          = 340000');
    expect(ini).toContain('MaxDirtyBuffers          = 250000');
    expect(ini).toContain('ResultSetMaxRows           = 1000000');
    expect(ini).toContain('MaxQueryCostEstimationTime = 0');
    expect(ini).toContain('MaxQueryExecutionTime      = 0');
    expect(ini).toContain('[Other]\nNumberOfBuffers = 5');
  });
});
